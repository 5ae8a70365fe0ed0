/**
 * Skeletons of Meta's pages as they bear on "which account is this" (docs/meta-pages.md, "Which
 * account is logged in"): where the logged-in person's own link is, and where other
 * people's links are. Marie Dupont is logged in; everyone else is someone else.
 */
const FB = 'https://www.facebook.com';
const IG = 'https://www.instagram.com';

/** The banner: the "Facebook menu" button and "Your profile" beside it (no profile link). */
const banner = `<div role="banner"><a href="${FB}/" aria-label="Facebook"></a>
  <div role="navigation" aria-label="Account Controls and Settings">
    <div role="button" aria-label="Facebook menu"><svg aria-label="Facebook menu"></svg></div>
    <div role="button" aria-label="Your profile"><svg aria-label="Your profile"><image href="a.png"></image></svg></div>
  </div></div>`;

/** The feed's left navigation: the user's own profile first, then Facebook's sections. */
export const facebookFeed = (self = { href: '/marie.dupont', name: 'Marie Dupont' }) => `${banner}
  <div role="navigation"><ul>
    <li><a href="${FB}${self.href}"><span>${self.name}</span></a></li>
    <li><a href="${FB}/friends/">Friends</a></li><li><a href="${FB}/groups/">Groups</a></li>
    <li><a href="${FB}/marketplace/">Marketplace</a></li>
  </ul></div>
  <div role="main"><div role="feed"><div role="article"><a href="${FB}/paul.martin">Paul Martin</a> shared a post</div></div></div>`;

/** A friend's profile: his name, his tabs (a navigation whose first link is his profile), his friends. */
export const facebookFriendProfile = `${banner}
  <div role="main"><h1><a href="${FB}/paul.martin">Paul Martin</a></h1>
    <div role="navigation" aria-label="Profile tabs"><div role="tablist">
      <a role="tab" href="${FB}/paul.martin">Posts</a><a role="tab" href="${FB}/paul.martin/about">About</a>
      <a role="tab" href="${FB}/paul.martin/friends">Friends</a><a role="tab" href="${FB}/paul.martin/photos">Photos</a>
    </div></div>
    <div><a href="${FB}/julie.bernard">Julie Bernard</a><a href="${FB}/profile.php?id=1000777">Luc Petit</a></div>
  </div>`;

/** A friend's profile tabs as a bare navigation outside the page's main region. */
export const facebookFriendTabsOutsideMain = `${banner}
  <nav><a href="${FB}/paul.martin">Paul Martin</a><a href="${FB}/paul.martin/friends">Friends</a>
    <a href="${FB}/paul.martin/photos">Photos</a><a href="${FB}/groups/">Groups</a></nav>`;

/** A group's members: the group's own navigation, then the member list. */
export const facebookGroupMembers = `${banner}
  <div role="navigation" aria-label="Group navigation"><a href="${FB}/groups/feed/">Your feed</a>
    <a href="${FB}/groups/discover/">Discover</a><a href="${FB}/groups/123/">Hiking Lyon</a></div>
  <div role="main"><h2>Members</h2><div role="list">
    <div role="listitem"><a href="${FB}/groups/123/user/1000777/">Luc Petit</a><a href="${FB}/julie.bernard">Julie Bernard</a></div>
    <div role="listitem"><a href="${FB}/profile.php?id=1000888">Admin Anna</a></div>
  </div></div>`;

/** The settings pages' own left navigation: Meta's sections, some under paths that look like names. */
export const facebookSettings = `${banner}
  <div role="navigation" aria-label="Settings"><h1>Settings</h1>
    <a href="${FB}/adpreferences/">Ad preferences</a><a href="${FB}/your_information/">Your information</a>
    <a href="${FB}/settings/?tab=blocking">Blocking</a><a href="${FB}/notifications/">Notifications</a>
  </div>
  <div role="main"><a href="${FB}/privacy/policy/">Privacy Policy</a></div>`;

/** The account menu open on "See all profiles": the login's profiles as radio rows, one checked. */
export const facebookSwitcherOpen = `${facebookFeed()}
  <div role="menu" aria-label="Your profile"><div role="radiogroup" aria-label="See all profiles">
    <div role="radio" aria-checked="true"><svg><image href="a.png"></image></svg><span>Marie Dupont</span></div>
    <div role="radio" aria-checked="false"><svg><image href="b.png"></image></svg><span>Marie's Bakery</span></div>
  </div></div>`;

/** Instagram's left bar ("Profile" is the logged-in user) around someone else's profile. */
export const instagramFriendProfile = `<div role="navigation">
    <a href="${IG}/">Home</a><a href="${IG}/explore/">Explore</a><a href="${IG}/marie_dupont/"><span>Profile</span></a>
  </div>
  <div role="main"><h2>paul.martin</h2><a href="${IG}/paul.martin/">Posts</a><a href="${IG}/paul.martin/tagged/">Tagged</a>
    <a href="${IG}/julie_b/">julie_b</a></div>`;

/** Instagram's "Switch accounts" dialog over a page with no left bar. */
export const instagramSwitchDialog = `<div role="dialog"><nav>
    <a href="${IG}/marie_pro/" aria-label="Profile"><img alt=""><span>Profile</span></a>
  </nav></div>`;
