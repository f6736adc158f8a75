// The scripted person's orders: what an easy bot would order from the person's own decoded view
// (`state.match.toJSON()`), checked locally with the engine's validator, planned once per round.
// Draft n sends the first n planned actions, so each draft really changes the seat's draft and
// the last one (the submit) carries the whole plan. A plan the engine would refuse falls back
// to no actions: the benchmark measures the server, not the bots' rough edges.
import { planOrders, validateOrders, type Action, type MatchView } from '../../shared/index';
import { toMatchView } from '../../shared/protocol';

type AnyState = Record<string, any>;

export interface RoundPlan { round: number; drafts: Action[][] }

/** The decoded match as the engine reads it (null fields and distances restored by the protocol helper). */
function viewOf(state: AnyState, seat: number): MatchView | null {
  const match = state?.match;
  if (!match || typeof match.toJSON !== 'function') return null;
  const view = toMatchView(match.toJSON());
  view.viewer = seat;
  return view;
}

export function planRound(state: AnyState, seat: number, draftsPerRound: number, seed: string): RoundPlan {
  const round = Number(state?.round ?? 0);
  const empty: RoundPlan = { round, drafts: Array.from({ length: draftsPerRound }, () => []) };
  const view = viewOf(state, seat);
  if (!view || seat < 0) return empty;
  let planned: Action[];
  try {
    planned = planOrders(view, seat, { personality: 'balancer', level: 'easy' }, seed);
  } catch {
    return empty;
  }
  const drafts: Action[][] = [];
  for (let n = 1; n <= draftsPerRound; n++) {
    const actions = planned.slice(0, Math.min(n, planned.length));
    const checked = validateOrders(view, seat, { round, actions });
    drafts.push(checked.ok ? checked.orders.actions : []);
  }
  return { round, drafts };
}
