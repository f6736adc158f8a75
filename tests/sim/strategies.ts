// Scripted strategies for the essay-fidelity tests. Each sees only its seat's view, like a bot.
import {
  actionCost, maxActionsFor, planOrders, validateOrders,
  type Action, type BotLevel, type MatchView, type Personality, type Seat,
} from '../../shared/index';
import { controller, regionValue } from '../../shared/bots/read';
import type { SeatPlayer } from './runMatch';

/** Keep only the actions the engine accepts together. */
export function legalPrefix(view: MatchView, seat: Seat, actions: Action[]): Action[] {
  for (let n = actions.length; n > 0; n--) {
    const slice = actions.slice(0, n);
    if (validateOrders(view, seat, { round: view.round, actions: slice }).ok) return slice;
  }
  return [];
}

/**
 * Puts everything into influence, one step per region, best value per resource first: the
 * purest reinvestment, linear in what it has to spend (the scale test lifts the action limit),
 * so only the way output scales separates a richer faction from a poorer one.
 */
export function expander(): SeatPlayer {
  return {
    type: 'custom',
    plan(view, seat) {
      const me = view.factions[seat];
      const type = me.kind === 'movement' ? 'organize' : 'expand';
      const options = view.regions
        .map((r) => {
          const action = { type, region: r.id, amount: 1 } as Action;
          const cost = actionCost(view, seat, action);
          return { action, cost, value: regionValue(me.kind, r) / cost };
        })
        .sort((a, b) => b.value - a.value || a.cost - b.cost);
      const actions: Action[] = [];
      let budget = me.resources;
      const limit = maxActionsFor(view, seat);
      for (const o of options) {
        if (actions.length >= limit) break;
        if (o.cost <= budget) { actions.push(o.action); budget -= o.cost; }
      }
      return legalPrefix(view, seat, actions);
    },
  };
}

/** A bot that never makes or breaks a pact (the d/acc test fixes the pact structure). */
export function botWithoutPacts(personality: Personality, level: BotLevel): SeatPlayer {
  return {
    type: 'custom',
    plan(view, seat) {
      const actions = planOrders(view, seat, { personality, level }, `nopact|${seat}`)
        .filter((a) => a.type !== 'pact' && a.type !== 'breakPact');
      return legalPrefix(view, seat, actions);
    },
  };
}

/** A State that polices every Movement it can, as hard as it can afford. */
export function policingState(): SeatPlayer {
  return {
    type: 'custom',
    plan(view, seat) {
      const actions: Action[] = [];
      let budget = view.factions[seat].resources;
      const movements = view.factions.filter((f) => f.kind === 'movement');
      const regions = view.regions
        .filter((r) => controller(view, r.id) === seat && movements.some((m) => m.influence[r.id] > 0))
        .sort((a, b) => Math.max(...movements.map((m) => m.influence[b.id])) - Math.max(...movements.map((m) => m.influence[a.id])));
      for (const r of regions.slice(0, 3)) {
        const police: Action = { type: 'police', region: r.id, amount: 1 };
        const cost = actionCost(view, seat, police);
        if (cost > budget) break;
        actions.push(police); budget -= cost;
      }
      if (actions.length < 3) {
        const me = view.factions[seat];
        const grow = view.regions.find((r) => r.neighbours.includes(me.home) && controller(view, r.id) !== seat);
        if (grow) {
          const expand: Action = { type: 'expand', region: grow.id, amount: 1 };
          if (actionCost(view, seat, expand) <= budget) actions.push(expand);
        }
      }
      return legalPrefix(view, seat, actions);
    },
  };
}

/** Where `target` has the most base (influence × its region value). */
export function bestRegionOf(view: MatchView, target: Seat): number {
  const f = view.factions[target];
  let best = f.home; let bestBase = -1;
  for (const r of view.regions) {
    const b = f.influence[r.id] * regionValue(f.kind, r);
    if (b > bestBase) { bestBase = b; best = r.id; }
  }
  return best;
}

/** A Movement that spends only on one hostile tool against one Corporation; records what it spent. */
export function movementAgainst(corporation: Seat, tool: 'interop' | 'protest', spent: { total: number }): SeatPlayer {
  return {
    type: 'custom',
    plan(view, seat) {
      // An interop keeps working for several rounds: a sensible Movement renews it only when it lapses.
      if (tool === 'interop' && view.interops.some((x) => x.movement === seat && x.corporation === corporation && x.untilRound >= view.round)) return [];
      const region = bestRegionOf(view, corporation);
      const action: Action = tool === 'interop'
        ? { type: 'interop', target: corporation, region }
        : { type: 'protest', target: corporation, region, amount: 1 };
      const ok = validateOrders(view, seat, { round: view.round, actions: [action] }).ok;
      if (!ok) return [];
      spent.total += actionCost(view, seat, action);
      return [action];
    },
  };
}
