import type { Platform } from '../domain';
import { recordObjection, type SentObjection } from './actions';
import type { State } from './schema';

/** A guided session ends by itself after this long, so a forgotten one never lingers. */
export const SESSION_MINUTES = 60;

/** The user starts the guide on a platform: one session at a time, the newest wins. */
export function startSession(state: State, platform: Platform, at: Date = new Date()): void {
  state.session = { platform, startedAt: at.toISOString() };
}

export function stopSession(state: State): void {
  state.session = null;
}

/** Whether a guided session runs on this platform now (on its own platform, for an hour at most). */
export function sessionRunning(state: State, platform: Platform, now: number = Date.now()): boolean {
  const session = state.session;
  return session !== null && session.platform === platform && now - Date.parse(session.startedAt) < SESSION_MINUTES * 60_000;
}

/** Meta confirmed an objection: it is kept, and the guided session on its platform has done its work. */
export function recordObjectionSent(state: State, sent: SentObjection): void {
  recordObjection(state, sent);
  if (state.session?.platform === sent.platform) state.session = null;
}
