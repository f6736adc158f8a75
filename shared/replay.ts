// A match is options + seed + order log: folding the log over a new match rebuilds any round.
import { resolveRound } from './resolve';
import { createMatch } from './setup';
import type { MatchOptions, MatchState, OrdersBySeat } from './types';

/** Rebuild a match from its order log: element k = state after k rounds (0 = initial). */
export function replay(options: MatchOptions | Partial<MatchOptions>, seed: string, orderLog: OrdersBySeat[]): MatchState[] {
  const states = [createMatch(options, seed)];
  for (const orders of orderLog) {
    const last = states[states.length - 1];
    if (last.phase !== 'orders') break;
    states.push(resolveRound(last, orders).state);
  }
  return states;
}
