// The forecast strip: what a draft would change if nobody else acted, from the owner's view only.
import type { Action, MatchView, Seat } from './types';

export interface Forecast {
  /** Progress expected by the end at the current pace, vs target. */
  progressPace: number; progressPaceWithDraft: number; progressTarget: number;
  risk: number; riskWithDraft: number;
  leaderShare: number; leaderShareWithDraft: number; hegemonyThreshold: number;
  /** 1 = first. */
  rank: number; rankWithDraft: number;
}

export function forecast(view: MatchView, seat: Seat, draft: Action[]): Forecast {
  throw new Error('forecast is not implemented yet');
}
