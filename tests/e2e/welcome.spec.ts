import { expect, launch, test } from './fixtures';
import { axeViolations, tabToPlatform } from './keyboard-and-axe';
import { welcomeTabOfThisLaunch } from './welcome-tab';

test('the welcome tab opens once on install, not again after a restart on the same profile', async ({ userDataDir }) => {
  const first = await launch(userDataDir, { lang: 'en', keepWelcome: true });
  try {
    const welcome = await welcomeTabOfThisLaunch(first.context, first.serviceWorker, 0);
    expect(welcome).not.toBeNull();
    await expect(welcome!.getByRole('heading', { level: 1 })).toHaveText('Welcome to Opposer');
    expect(first.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toHaveLength(1);
  } finally {
    await first.context.close();
  }
  // Chromium reports `install` again at this launch (unpacked, from the command line): the flag decides.
  const launchedAt = Date.now();
  const again = await launch(userDataDir, { lang: 'en', keepWelcome: true });
  try {
    expect(await welcomeTabOfThisLaunch(again.context, again.serviceWorker, launchedAt)).toBeNull();
    await again.context.newPage(); // give a late tab every chance to show up
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(again.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toHaveLength(0);
  } finally {
    await again.context.close();
  }
});

for (const lang of ['en', 'fr'] as const) {
  test(`welcome page: in the browser's language, no axe violations, keyboard only starts the guide (${lang})`, async ({ userDataDir }) => {
    const ext = await launch(userDataDir, { lang, replica: { lang }, keepWelcome: true });
    try {
      const welcome = (await welcomeTabOfThisLaunch(ext.context, ext.serviceWorker, 0))!;
      await expect(welcome.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
      await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(lang === 'fr' ? 'Bienvenue dans Opposer' : 'Welcome to Opposer');
      await expect(welcome.locator('ol.steps > li')).toHaveCount(3);
      expect(await axeViolations(welcome)).toEqual([]);
      expect(await tabToPlatform(welcome, 'instagram', 6)).toBe('instagram');
      const [page] = await Promise.all([ext.context.waitForEvent('page'), welcome.keyboard.press('Enter')]);
      await expect(page).toHaveURL('https://www.instagram.com/');
    } finally {
      await ext.context.close();
    }
  });
}
