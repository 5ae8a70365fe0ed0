/**
 * A stored record (lib/record/schema.ts, version 2) with `count` accounts: Facebook and Instagram,
 * some linked in Accounts Centers, some with objections sent or confirmed, the rest to do.
 * Plain data: it is passed to the service worker's chrome.storage.local.set as is.
 */
export function seedRecord(count: number) {
  const at = (day: number) => new Date(Date.UTC(2025, 4, 1 + day, 10, 0, 0)).toISOString();
  const accounts = Array.from({ length: count }, (_, i) => {
    const platform = i % 3 === 2 ? 'instagram' : 'facebook';
    const id = platform === 'facebook' ? `person.${i}` : `person_${i}`;
    return {
      key: `${platform}:${id}`,
      platform,
      id,
      name: `Person ${i}`,
      firstSeen: at(i % 20),
      lastSeen: at(20 + (i % 5)),
      origin: i % 7 === 0 ? 'manual' : 'seen',
    };
  });
  // Accounts Centers of three (two Facebook, one Instagram) for the first 12 accounts.
  const groups = Array.from({ length: 4 }, (_, g) => ({
    id: `ac-${g}`,
    accountKeys: accounts.slice(g * 3, g * 3 + 3).map((a) => a.key),
    source: 'accounts-center',
    updatedAt: at(25),
  }));
  const objections = accounts
    .filter((_, i) => i % 3 === 0 || i >= 20)
    .filter((_, j) => j % 2 === 0)
    .map((a, j) => ({
      id: `objection-${j}`,
      accountKey: a.key,
      platform: a.platform,
      kind: 'own',
      formUrl:
        a.platform === 'facebook'
          ? 'https://www.facebook.com/help/contact/712876720715583'
          : 'https://help.instagram.com/contact/767264225370182',
      sentAt: at(26),
      confirmationText: 'Thank you, we have received your request.',
      emailConfirmedAt: j % 2 === 0 ? at(27) : null,
    }));
  return {
    accounts,
    groups,
    objections,
    lastSeen: { facebook: accounts[0].key, instagram: accounts[2].key },
    session: null,
    templates: {},
    notices: [],
  };
}
