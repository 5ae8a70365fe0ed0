/**
 * One Facebook login, several profiles: Meta's `i_user` cookie says which one acts. The replica
 * renders every page as the profile the cookie names (set by "See all profiles"), else the
 * test's `facebookAccount`.
 */
import type { ResolvedOptions } from './options';

export function withActiveProfile(options: ResolvedOptions, cookieHeader: string | undefined): ResolvedOptions {
  const acting = /(?:^|;\s*)i_user=([^;]+)/.exec(cookieHeader ?? '')?.[1];
  if (!acting) return options;
  const id = decodeURIComponent(acting);
  const profile = options.facebookProfiles.find((p) => p.id === id);
  if (!profile || profile.id === options.facebookAccount.id) return options;
  return {
    ...options,
    facebookAccount: profile,
    facebookProfiles: [options.facebookAccount, ...options.facebookProfiles.filter((p) => p.id !== id)],
  };
}
