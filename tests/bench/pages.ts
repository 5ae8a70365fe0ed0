/**
 * The pages the bench serves at Meta's URLs (never the replica's: the bench must not depend on
 * it, and these pages are built to be heavy where the replica's are light).
 */

export const FEED_URL = 'https://www.facebook.com/';
export const PRIVACY_CENTER_URL = 'https://www.facebook.com/privacy/center/';

/** The feed's size: elements in the document once built (text nodes not counted). */
export const FEED_ELEMENTS = 20_000;

/**
 * A Facebook-like feed of about FEED_ELEMENTS elements that mutates every frame, the way a
 * real feed does: each requestAnimationFrame a post is added at the bottom and an older one
 * removed, like counts and timestamps change, and a menu button toggles aria-expanded.
 * The page counts its frames in `window.__frames`. Content is deterministic (seeded PRNG).
 */
export function feedHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Facebook</title>
<style>
  body { margin: 0; font: 15px/1.35 system-ui, sans-serif; background: #f0f2f5; color: #050505; }
  [role="banner"] { position: sticky; top: 0; height: 56px; background: #fff; display: flex; align-items: center; justify-content: space-between; padding: 0 16px; box-shadow: 0 1px 2px #0002; z-index: 2; }
  .layout { display: grid; grid-template-columns: 280px minmax(0, 680px) 280px; gap: 24px; justify-content: center; }
  [role="navigation"] { position: sticky; top: 64px; align-self: start; display: flex; flex-direction: column; gap: 4px; padding: 8px; }
  [role="navigation"] a { color: inherit; text-decoration: none; padding: 8px; border-radius: 8px; }
  /* As real feeds do: posts off screen skip style, layout and paint. */
  .post { content-visibility: auto; contain-intrinsic-size: auto 560px; background: #fff; border-radius: 8px; margin: 16px 0; padding: 12px 16px; box-shadow: 0 1px 2px #0002; }
  .hd { display: flex; gap: 8px; align-items: center; }
  .avatar { width: 40px; height: 40px; border-radius: 50%; background: #ccd; display: inline-block; }
  .media { height: 180px; background: linear-gradient(135deg, #dde, #bbc); border-radius: 6px; margin: 8px 0; }
  .actions, .counts { display: flex; justify-content: space-between; color: #65676b; }
  .comment { display: flex; gap: 6px; margin: 6px 0; }
  .comment ul { display: flex; gap: 8px; list-style: none; padding: 0; margin: 2px 0; font-size: 12px; }
  [role="button"] { cursor: pointer; }
</style>
</head>
<body>
<div role="banner">
  <a href="/" aria-label="Facebook">facebook</a>
  <div role="search"><input type="search" aria-label="Search Facebook" placeholder="Search Facebook"></div>
  <div>
    <div role="button" aria-label="Menu" tabindex="0">▦</div>
    <div role="button" aria-label="Messenger" tabindex="0">✉</div>
    <div role="button" aria-label="Notifications" tabindex="0">🔔</div>
    <div role="button" aria-label="Your profile" tabindex="0" aria-haspopup="menu" aria-expanded="false"><span class="avatar"></span></div>
  </div>
</div>
<div class="layout">
  <div role="navigation" aria-label="Shortcuts">
    <a href="/marie.dupont">Marie Dupont</a>
    <a href="/friends/">Friends</a>
    <a href="/memories/">Memories</a>
    <a href="/saved/">Saved</a>
    <a href="/groups/">Groups</a>
    <a href="/watch/">Video</a>
    <a href="/marketplace/">Marketplace</a>
    <a href="/feeds/">Feeds</a>
    <a href="/events/">Events</a>
  </div>
  <div role="main"><div role="feed" id="feed"></div></div>
  <div role="complementary" aria-label="Contacts" id="contacts"></div>
</div>
<script>
(() => {
  let seed = 20250527;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const FIRST = ['Anna', 'Lukas', 'Sofia', 'Mateo', 'Chloé', 'Jan', 'Elena', 'Pieter', 'Aoife', 'Marco', 'Zofia', 'Nils'];
  const LAST = ['Novak', 'Rossi', 'Schmidt', 'Dubois', 'García', 'Jansen', 'Murphy', 'Kowalska', 'Lindqvist', 'Costa'];
  const WORDS = 'the a of to and in we our summer trip photos great day friends family with new lovely weekend recipe garden city music concert coffee morning walk river mountain bike train'.split(' ');
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  let postNo = 0;

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    if (attrs) for (const k in attrs) el.setAttribute(k, attrs[k]);
    for (const c of children) el.append(c);
    return el;
  }
  function comment() {
    const name = pick(FIRST) + ' ' + pick(LAST);
    const slug = '/' + name.toLowerCase().replace(/[^a-z]/g, '.');
    return h('div', { role: 'article', 'aria-label': 'Comment by ' + name, class: 'comment' },
      h('a', { href: slug, 'aria-label': name }, h('span', { class: 'avatar' })),
      h('div', null,
        h('div', null, h('span', null, h('a', { href: slug }, name)), h('div', { dir: 'auto' }, h('span', null, sentence(8)))),
        h('ul', null,
          h('li', null, h('div', { role: 'button', tabindex: '0' }, 'Like')),
          h('li', null, h('div', { role: 'button', tabindex: '0' }, 'Reply')),
          h('li', null, h('a', { href: '/posts/' + postNo + '?c=1' }, h('span', { class: 'time' }, Math.ceil(rnd() * 23) + ' h'))))));
  }
  function post() {
    postNo++;
    const name = pick(FIRST) + ' ' + pick(LAST);
    const slug = '/' + name.toLowerCase().replace(/[^a-z]/g, '.');
    const action = (label) => h('div', { role: 'button', tabindex: '0', 'aria-label': label }, h('span', null, h('i', null), h('span', null, label)));
    return h('div', { role: 'article', class: 'post', 'aria-posinset': String(postNo) },
      h('div', { class: 'hd' },
        h('a', { href: slug, 'aria-label': name }, h('span', { class: 'avatar' })),
        h('div', null,
          h('h4', null, h('span', null, h('a', { href: slug }, h('strong', null, name)))),
          h('div', null, h('span', null, h('a', { href: '/posts/' + postNo }, h('span', { class: 'time' }, Math.ceil(rnd() * 23) + ' h'))), ' · ', h('span', { 'aria-label': 'Shared with Public' }, '🌍'))),
        h('div', { role: 'button', tabindex: '0', 'aria-label': 'Actions for this post', 'aria-haspopup': 'menu', 'aria-expanded': 'false' }, h('i', null, '…'))),
      h('div', null, h('div', { dir: 'auto' }, h('span', null, sentence(14))), h('div', { dir: 'auto' }, h('span', null, sentence(10)))),
      h('div', { class: 'media' }, h('a', { href: '/photo/?fbid=' + postNo, 'aria-label': 'Photo' }, h('span', null))),
      h('div', { class: 'counts' },
        h('span', null, h('span', { 'aria-label': 'Like' }, '👍'), h('span', { class: 'likes' }, String(Math.floor(rnd() * 500)))),
        h('span', null, h('span', { class: 'comments' }, Math.floor(rnd() * 80) + ' comments'), ' ', h('span', null, Math.floor(rnd() * 20) + ' shares'))),
      h('div', { class: 'actions' }, action('Like'), action('Comment'), action('Share')),
      h('div', null, comment(), comment()));
  }

  const feed = document.getElementById('feed');
  const contacts = document.getElementById('contacts');
  for (let i = 0; i < 40; i++) {
    const name = pick(FIRST) + ' ' + pick(LAST);
    contacts.append(h('div', { role: 'button', tabindex: '0' }, h('span', { class: 'avatar' }), h('span', null, name)));
  }
  while (document.getElementsByTagName('*').length < ${FEED_ELEMENTS}) feed.append(post());

  // Every frame, as a scrolled feed does: a post loads at the bottom and an old one goes, like
  // counts and a timestamp change (on screen too), a menu button opens or closes: childList,
  // text and attribute mutations, about 60 elements in and out per frame. Posts that go are
  // reused (their text changed) rather than built anew, so that garbage collection does not
  // swamp the measurement with noise.
  const spare = Array.from({ length: 8 }, post);
  window.__frames = 0;
  const tick = () => {
    window.__frames++;
    const incoming = spare.shift();
    incoming.querySelector('[dir="auto"] span').textContent = sentence(14);
    feed.append(incoming);
    const outgoing = feed.children[feed.children.length - 12];
    outgoing.remove();
    spare.push(outgoing);
    const posts = feed.children;
    for (let i = 0; i < 6; i++) {
      const p = i === 0 ? posts[0] : posts[Math.floor(rnd() * posts.length)];
      const likes = p.querySelector('.likes');
      likes.textContent = String(Number(likes.textContent) + 1);
    }
    posts[Math.floor(rnd() * posts.length)].querySelector('.time').textContent = Math.ceil(rnd() * 59) + ' min';
    const menu = posts[Math.floor(rnd() * posts.length)].querySelector('[aria-haspopup]');
    menu.setAttribute('aria-expanded', menu.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
</script>
</body>
</html>`;
}

/**
 * A Privacy Center of a few thousand elements whose "AI at Meta" topic the bench inserts and
 * removes from the page's own (main) world. A main-world MutationObserver times the moment the
 * guide marks it. `__benchBusy(true)` makes an activity panel mutate every frame.
 */
export function privacyCenterHtml(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Privacy Center</title>
<style>
  body { margin: 0; font: 15px/1.4 system-ui, sans-serif; }
  header { padding: 16px 24px; border-bottom: 1px solid #ddd; }
  .layout { display: grid; grid-template-columns: 300px 1fr 260px; gap: 24px; padding: 16px 24px; }
  #topics { list-style: none; padding: 0; margin: 0; }
  #topics a { display: block; padding: 10px 12px; border-radius: 8px; color: #050505; text-decoration: none; }
  .card { border: 1px solid #ddd; border-radius: 8px; padding: 12px; margin: 0 0 12px; }
</style></head>
<body>
<header><h1>Privacy Center</h1></header>
<div class="layout">
  <nav aria-label="Privacy topics">
    <ul id="topics">
      <li><a href="/privacy/guide/settings/">Your privacy settings</a></li>
      <li><a href="/privacy/guide/sharing/">Sharing</a></li>
      <li><a href="/privacy/guide/data-collection/">Data collection</a></li>
      <li><a href="/privacy/guide/security/">Security</a></li>
      <li><a href="/privacy/guide/ads/">Ads</a></li>
    </ul>
  </nav>
  <main id="cards"></main>
  <aside id="activity" aria-label="Recent activity"></aside>
</div>
<script>
(() => {
  const cards = document.getElementById('cards');
  for (let i = 0; i < 150; i++) {
    const card = document.createElement('section');
    card.className = 'card';
    card.innerHTML = '<h2>Topic ' + i + '</h2><p><span>Learn how your information is used and the choices you have.</span></p>'
      + '<ul><li><a href="/privacy/guide/topic-' + i + '/">Read more</a></li><li><span>Review</span></li><li><div role="button" tabindex="0">Manage</div></li></ul>'
      + '<div><div><span>' + i + '</span><span>updates</span></div></div>';
    cards.append(card);
  }
  const activity = document.getElementById('activity');
  let busy = false;
  let n = 0;
  const tick = () => {
    if (!busy) return;
    n++;
    const item = document.createElement('div');
    item.innerHTML = '<span>Activity ' + n + '</span> <time>' + n + ' s</time>';
    activity.prepend(item);
    if (activity.children.length > 30) activity.lastElementChild.remove();
    requestAnimationFrame(tick);
  };
  window.__benchBusy = (on) => { busy = on; if (on) requestAnimationFrame(tick); };

  // Times insertion → mark from this (main) world.
  let insertedAt = 0;
  let done = null;
  new MutationObserver((records) => {
    for (const r of records) {
      if (done && r.target.id === 'bench-ai' && r.target.hasAttribute('data-opposer-step')) {
        const finish = done;
        done = null;
        finish({ ms: performance.now() - insertedAt, step: r.target.getAttribute('data-opposer-step') });
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-opposer-step'] });
  window.__benchInsert = (timeoutMs) => new Promise((resolve) => {
    const li = document.createElement('li');
    li.id = 'bench-ai-item';
    const a = document.createElement('a');
    a.id = 'bench-ai';
    a.href = '/privacy/genai/';
    a.textContent = 'AI at Meta';
    li.append(a);
    done = resolve;
    setTimeout(() => { if (done === resolve) { done = null; resolve(null); } }, timeoutMs);
    insertedAt = performance.now();
    document.getElementById('topics').append(li);
  });
  window.__benchRemove = () => document.getElementById('bench-ai-item')?.remove();
})();
</script>
</body>
</html>`;
}
