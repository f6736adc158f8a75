// Random but valid orders for the board demo: legal action types with random parameters, kept
// only if the engine's own validation accepts them. Seeded, so a demo URL always shows the same.
import {
  ACTION_CATALOGUE, POLICY_IDS, Rng, legalActionTypes, validateOrders,
  type Action, type MatchView, type Seat,
} from '../../shared/index';

export function randomOrders(view: MatchView, seat: Seat, seed: string): Action[] {
  const rng = Rng.fromSeed(`${seed}|${seat}|${view.round}`);
  const pick = <T>(items: readonly T[]): T => items[rng.int(items.length)];
  const others = view.factions.filter((f) => f.seat !== seat).map((f) => f.seat);
  const me = view.factions[seat];
  const near = view.regions.filter((r) => (view.distances[me.home]?.[r.id] ?? 9) <= 1).map((r) => r.id);
  const chosen: Action[] = [];
  for (let attempt = 0; attempt < 24 && chosen.length < 3; attempt++) {
    const type = pick(legalActionTypes(view, seat));
    const params = ACTION_CATALOGUE[type].params;
    const draft: Record<string, unknown> = { type };
    if (params.includes('target')) draft.target = pick(others);
    if (params.includes('region')) {
      // Hostile moves need the target present; anything else stays near home.
      const target = view.factions[draft.target as number];
      const where = target ? view.regions.filter((r) => target.influence[r.id] > 0).map((r) => r.id) : near;
      draft.region = pick(where.length ? where : view.regions.map((r) => r.id));
    }
    if (params.includes('amount')) draft.amount = 1;
    if (params.includes('policy')) draft.policy = pick(POLICY_IDS);
    if (params.includes('mode')) draft.mode = 'enact';
    const trial = [...chosen, draft as Action];
    if (validateOrders(view, seat, { round: view.round, actions: trial }).ok) chosen.push(draft as Action);
  }
  return chosen;
}
