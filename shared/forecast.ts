// The forecast strip: what a draft would change if nobody else acted, from the owner's view only.
// It resolves the owner's view as a pseudo-state twice — once idle, once with the draft — so
// the figures follow the real rules instead of a second, drifting copy of them.
import type { Action, MatchView, Seat } from './types';
import { resolveRound } from './resolve';
import { pseudoState } from './bots/lookahead';
import { standing } from './bots/read';
import { alarmLine } from './scoring';

export interface Forecast {
  /** Progress expected by the end at the current pace, vs target. */
  progressPace: number; progressPaceWithDraft: number; progressTarget: number;
  risk: number; riskWithDraft: number;
  leaderShare: number; leaderShareWithDraft: number; hegemonyThreshold: number; alarmLine: number;
  /** 1 = first (by power). */
  rank: number; rankWithDraft: number;
}

interface Projection { pace: number; risk: number; leaderShare: number; rank: number }

function project(view: MatchView, seat: Seat, actions: Action[] | null): Projection {
  let after: MatchView = view;
  if (actions && view.phase === 'orders') {
    try {
      const orders = actions.length > 0 ? { [seat]: { round: view.round, actions } } : {};
      after = resolveRound(pseudoState(view, `forecast|${view.round}`), orders).state;
    } catch {
      after = view;
    }
  }
  const gained = Math.max(0, after.progress - view.progress);
  const roundsAfter = Math.max(0, view.options.rounds - view.round);
  const st = standing(after, seat);
  let rank = 1;
  for (let i = 0; i < st.shares.length; i++) if (i !== seat && st.shares[i] > st.shares[seat]) rank++;
  return {
    pace: after.progress + (after === view ? 0 : gained * roundsAfter),
    risk: after.risk,
    leaderShare: st.leaderShare,
    rank,
  };
}

export function forecast(view: MatchView, seat: Seat, draft: Action[]): Forecast {
  const idle = project(view, seat, []);
  const drafted = project(view, seat, draft);
  return {
    progressPace: idle.pace, progressPaceWithDraft: drafted.pace, progressTarget: view.progressTarget,
    risk: idle.risk, riskWithDraft: drafted.risk,
    leaderShare: idle.leaderShare, leaderShareWithDraft: drafted.leaderShare,
    hegemonyThreshold: view.hegemonyThreshold, alarmLine: alarmLine(view),
    rank: idle.rank, rankWithDraft: drafted.rank,
  };
}
