// Hard bots look one round ahead: they resolve a pseudo-state built from their OWN view (others
// idle, a made-up seed, no event deck) and compare what each candidate order set leads to.
// Nothing secret is read: the view has no seed, no RNG state and no other agendas.
import type { Action, MatchState, MatchView, Personality, Seat } from '../types';
import { resolveRound } from '../resolve';
import { standing } from './read';
import { Rng } from '../rng';

export function pseudoState(view: MatchView, seed: string): MatchState {
  // Rest-spread rather than `delete`: a deleted key turns the object into a slow dictionary
  // for every read the resolution makes afterwards.
  const { viewer: _viewer, ...rest } = view as MatchView & { viewer?: unknown };
  return { ...rest, seed, rng: Rng.fromSeed(seed).save(), eventDeck: [] } as unknown as MatchState;
}

/** How good a resolved state is for `seat`, by personality. */
export function utility(state: MatchView, seat: Seat, personality: Personality): number {
  const st = standing(state, seat);
  const me = state.factions[seat];
  const risk = state.outcome?.type === 'catastrophe' ? 1000 : Math.max(0, state.risk - 45) * 1.5;
  let rival = 0;
  for (let i = 0; i < st.shares.length; i++) if (i !== seat && st.shares[i] > rival) rival = st.shares[i];
  const iLead = st.leader === seat;
  switch (personality) {
    case 'grower':
      return 100 * (iLead ? st.myBlocShare : st.shares[seat]) + 0.4 * me.impact + 0.05 * me.resources - risk;
    case 'pluralist':
      return 2 * me.impact + 0.5 * state.progress + 20 * st.shares[seat] - 30 * Math.max(0, rival - 0.4) - risk;
    case 'balancer':
      return -100 * rival + 40 * st.shares[seat] + me.impact - risk;
  }
}

/**
 * Resolves `actions` one round ahead from `base` (a pseudoState of the bot's view; resolution
 * clones it, so one base serves every alternative) and scores the result.
 */
export function evaluate(
  base: MatchState, seat: Seat, personality: Personality, actions: Action[],
): number {
  try {
    const { state } = resolveRound(base, { [seat]: { round: base.round, actions } });
    return utility(state, seat, personality);
  } catch {
    return -Infinity;
  }
}
