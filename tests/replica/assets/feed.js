/**
 * A news feed that never stops changing: each attached container gets `initialPosts` posts
 * (deeply nested, like Meta's), then a new post is appended and an older post's counter is
 * updated every `intervalMs`. A page observing the whole document sees constant mutations.
 */
import { el } from './dom.js';

const AUTHORS = [
  ['Camille Martin', 'camille.martin'],
  ['Lukas Schmidt', 'lukas.schmidt'],
  ['Sofia Rossi', 'sofia.rossi'],
  ['Lucía García', 'lucia.garcia'],
  ['Daan de Vries', 'daan.devries'],
  ['Emma Laurent', 'emma.laurent'],
  ['Jonas Weber', 'jonas.weber'],
  ['Giulia Bianchi', 'giulia.bianchi'],
];
/** More posts than this and the feed only updates counters (keeps long tests light). */
const MAX_POSTS = 400;

/** Wraps `child` in `depth` divs, as React component trees do. */
function nest(depth, child) {
  let node = child;
  for (let i = 0; i < depth; i++) node = el('div', {}, node);
  return node;
}

function actionButton(label) {
  return el('div', { role: 'button', tabindex: '0', 'aria-label': label }, nest(2, el('span', {}, label)));
}

/** One post; returns it with its reaction counter, which the feed bumps now and then. */
function post(config, index) {
  const [name, handle] = AUTHORS[index % AUTHORS.length];
  const text = config.posts[index % config.posts.length];
  const profileHref = config.platform === 'instagram' ? `/${handle.replace('.', '_')}/` : `/${handle}`;
  const header = el(
    'div',
    {},
    nest(2, el('a', { role: 'link', href: profileHref, 'aria-label': name }, el('div', { style: 'width:40px;height:40px;border-radius:50%;background:#ccd' }))),
    nest(3, el('span', {}, el('a', { role: 'link', href: profileHref }, el('strong', {}, el('span', {}, name))))),
    nest(2, el('span', {}, `${1 + (index % 23)} h`)),
  );
  const body = nest(4, el('div', { dir: 'auto' }, text));
  const media = nest(2, el('div', { style: 'height:120px;background:#e4e6eb;border-radius:4px' }));
  const counter = el('span', {}, String(3 + (index % 40)));
  const counts = nest(2, el('div', {}, counter));
  const actions = el('div', { style: 'display:flex;gap:16px' }, actionButton(config.like), actionButton(config.comment), actionButton(config.share));
  const article = el(
    config.platform === 'instagram' ? 'article' : 'div',
    { role: 'article', 'aria-posinset': String(index + 1), style: 'background:#fff;border-radius:8px;margin:0 0 16px;padding:12px' },
    nest(3, el('div', {}, header, body, media, counts, nest(2, actions))),
  );
  return { article, counter };
}

export function createFeed(config) {
  let container = null;
  let count = 0;
  const counters = [];

  function append() {
    const { article, counter } = post(config, count++);
    counters.push(counter);
    container.append(article);
  }

  setInterval(() => {
    if (!container || !container.isConnected) return;
    if (count < MAX_POSTS) append();
    const live = counters.filter((c) => c.isConnected);
    const counter = live[Math.floor(Math.random() * live.length)];
    if (counter) counter.textContent = String(Number(counter.textContent) + 1);
  }, config.intervalMs);

  return {
    /** Fills a freshly rendered feed container (or forgets the old one when null). */
    attach(element) {
      container = element;
      counters.length = 0;
      count = 0;
      if (container) for (let i = 0; i < config.initialPosts; i++) append();
    },
  };
}
