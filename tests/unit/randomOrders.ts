// A random but legal order generator for tests: picks from legal action types with random
// parameters and keeps only orders that pass validation, so games run the whole rule set.
import {
  ACTION_CATALOGUE, Rng, legalActionTypes, validateOrders, viewFor,
  type Action, type ActionType, type MatchState, type OrdersBySeat, type Seat,
} from '../../shared/index';

export function randomAction(state: MatchState, seat: Seat, rng: Rng, type: ActionType): Action {
  const info = ACTION_CATALOGUE[type];
  const a: Record<string, unknown> = { type };
  const others = state.factions.map((f) => f.seat).filter((s) => s !== seat);
  for (const p of info.params) {
    if (p === 'region') a.region = rng.int(state.regions.length);
    if (p === 'target') a.target = type === 'share' && rng.chance(0.5) ? 'all' : rng.pick(others);
    if (p === 'amount') a.amount = rng.chance(0.7) ? 1 : 2;
    if (p === 'policy') a.policy = rng.pick(['antitrust', 'diffusionMandate', 'harbergerIP', 'publicServices', 'surveillance']);
    if (p === 'mode') a.mode = rng.chance(0.7) ? 'enact' : 'repeal';
  }
  return a as unknown as Action;
}

/** Up to 3 legal actions for a seat, found by trial. */
export function randomOrdersFor(state: MatchState, seat: Seat, rng: Rng): Action[] {
  const view = viewFor(state, seat);
  const types = legalActionTypes(view, seat);
  const actions: Action[] = [];
  for (let tries = 0; tries < 30 && actions.length < 3; tries++) {
    const candidate = randomAction(state, seat, rng, rng.pick(types));
    const check = validateOrders(view, seat, { round: state.round, actions: [...actions, candidate] });
    if (check.ok) actions.push(candidate);
  }
  return actions;
}

export function randomOrders(state: MatchState, rng: Rng): OrdersBySeat {
  const orders: OrdersBySeat = {};
  for (const f of state.factions) orders[f.seat] = { round: state.round, actions: randomOrdersFor(state, f.seat, rng) };
  return orders;
}
