import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { TaskPlaybook } from '../playbooks/task-schema';
import { sendMessage } from '../state/messages';
import { watchLocation } from './location-watcher';
import { TaskGuide, type TaskGuideTexts } from './task-guide';

/** Wires one task's playbook to the page, the background and the UI strings (see run-site.ts). */
export function runTask(playbook: TaskPlaybook): void {
  const task = playbook.task;
  const guide = new TaskGuide(playbook, taskTexts(playbook), {
    context: (pageLang) => sendMessage('getTaskContext', { task, pageLang }),
    done: (seen) => sendMessage('taskDone', { task, ...seen }),
    notPossible: (seen) => sendMessage('taskNotPossible', { task, ...seen }),
    stop: () => sendMessage('stopTask', undefined),
  });
  const stopWatching = watchLocation(() => {
    if (!browser.runtime?.id) {
      stopWatching();
      guide.stop();
      return;
    }
    void guide.onLocation();
  });
  void guide.onLocation();
}

function taskTexts(playbook: TaskPlaybook): TaskGuideTexts {
  const t = i18n.t as unknown as (key: string, subs?: unknown[]) => string;
  return {
    instruction: (step) => t(step.text),
    counter: (step, total) => t('stepCounter', [String(step), String(total)]),
    notFound: (step) => t('stepNotFound', [t(`${step.text}_target`)]),
    notPossible: (note) => t(note),
    done: t(playbook.uiText.done),
    directLink: t('goDirectly'),
    stop: t('stopGuiding'),
    close: t('close'),
  };
}
