import { describe, expect, it } from 'vitest';
import { GUIDE_NAMES, GUIDES, META_FORMS, type GuideName } from '@/lib/domain';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { TASK_PLAYBOOKS } from '@/lib/playbooks/task-registry';
import { recordObjection } from '@/lib/record/actions';
import { guidePages, guideWanted, type GuideFacts } from '@/lib/background/page-guide';
import type { State } from '@/lib/record/schema';
import { startSession } from '@/lib/record/session';
import { SCENES } from '../../replica/perturb/scenes';
import { marieRecord } from '../record/marie';

const FEED = 'https://www.facebook.com/';
const PRIVACY_CENTER = 'https://www.facebook.com/privacy/center/';

function facts(change: (state: State) => void = () => undefined, more: Partial<GuideFacts> = {}): GuideFacts {
  const state = marieRecord();
  change(state);
  return { state, runningTask: null, followedFormUrl: null, ...more };
}
const sent = (state: State) =>
  void recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: META_FORMS.facebookObjection2025.url, confirmationText: '' });
const wanted = (name: GuideName, url: string, f: GuideFacts) => guideWanted(name, new URL(url), f);
const onPages = (name: GuideName, url: string) => {
  const u = new URL(url);
  return guidePages(name).some((r) => new RegExp(r.host).test(u.hostname) && new RegExp(r.path).test(u.pathname));
};

describe('guideWanted: the guide starts in a page only where it has something to do', () => {
  it('not on the feed without a session, even for an account still to do (its steps there are the session’s)', () => {
    expect(wanted('facebook', FEED, facts())).toBe(false);
    expect(wanted('facebook', FEED, facts((s) => startSession(s, 'facebook')))).toBe(true);
  });

  it('a session on one site does not start the other site’s guide', () => {
    expect(wanted('instagram', 'https://www.instagram.com/', facts((s) => startSession(s, 'facebook')))).toBe(false);
  });

  it('on the Privacy Center while the account still needs its objection, not once it is done', () => {
    expect(wanted('facebook', PRIVACY_CENTER, facts())).toBe(true);
    expect(wanted('facebook', PRIVACY_CENTER, facts(sent))).toBe(false);
  });

  it('on a known objection form always: its confirmation is recorded even when the account is done', () => {
    expect(wanted('facebook', META_FORMS.facebookObjection2025.url, facts(sent))).toBe(true);
  });

  it('on a task’s page only while that task runs', () => {
    const posts = 'https://www.facebook.com/settings/?tab=posts';
    expect(wanted('facebook', posts, facts(sent))).toBe(false);
    expect(wanted('facebook', posts, facts(sent, { runningTask: 'limit-past-posts' }))).toBe(true);
    expect(wanted('facebook', posts, facts(sent, { runningTask: 'private-account' }))).toBe(false);
    expect(wanted('whatsapp', TASK_PLAYBOOKS.whatsapp.startUrl, facts())).toBe(false);
    expect(wanted('whatsapp', TASK_PLAYBOOKS.whatsapp.startUrl, facts(undefined, { runningTask: 'whatsapp' }))).toBe(true);
  });

  it('on any other page of the site (a friend’s profile, a photo) only during a session: the account menu is there too', () => {
    for (const url of ['https://www.facebook.com/jean.martin', 'https://www.facebook.com/photo/?fbid=1', 'https://www.facebook.com/groups/1/']) {
      expect(wanted('facebook', url, facts(undefined, { runningTask: 'limit-past-posts' })), url).toBe(false);
      expect(wanted('facebook', url, facts((s) => startSession(s, 'facebook'))), url).toBe(true);
    }
  });

  it('the pages it asks about after a same-document navigation are its own site’s', () => {
    expect(onPages('facebook', 'https://www.instagram.com/')).toBe(false);
    expect(onPages('instagram', FEED)).toBe(false);
    expect(onPages('whatsapp', TASK_PLAYBOOKS.whatsapp.startUrl)).toBe(true);
  });
});

describe('the guide’s parts agree', () => {
  it('every page of both paths starts its site’s guide during a session, and is one of the pages it asks about', () => {
    for (const scene of SCENES) {
      const f = facts((s) => startSession(s, scene.platform), { followedFormUrl: scene.url.split('?')[0] });
      expect(wanted(scene.platform, scene.url, f), `${scene.step} at ${scene.url}`).toBe(true);
      expect(onPages(scene.platform, scene.url), scene.url).toBe(true);
    }
  });

  it('every task’s first page starts the guide that holds the task while it runs', () => {
    for (const name of GUIDE_NAMES) {
      for (const task of GUIDES[name].tasks) {
        expect(wanted(name, TASK_PLAYBOOKS[task].startUrl, facts(undefined, { runningTask: task })), task).toBe(true);
        expect(onPages(name, TASK_PLAYBOOKS[task].startUrl), task).toBe(true);
      }
    }
  });

  it('each site’s guide holds that site’s tasks, and every task has a guide', () => {
    const guided = GUIDE_NAMES.flatMap((name) => GUIDES[name].tasks);
    expect([...guided].sort()).toEqual(Object.keys(TASK_PLAYBOOKS).sort());
    for (const name of GUIDE_NAMES) {
      for (const task of GUIDES[name].tasks) expect(TASK_PLAYBOOKS[task].platform).toBe(GUIDES[name].site);
    }
    expect(Object.keys(PLAYBOOKS).sort()).toEqual(GUIDE_NAMES.map((n) => GUIDES[n].site).filter(Boolean).sort());
  });
});
