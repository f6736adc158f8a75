// Bots: personalities grower / pluralist / balancer at easy / normal / hard (DESIGN.md section 10).
// A bot sees exactly what its seat's player would see (a `viewFor` projection) and orders
// through the same validation as people do.
import type { Action, ActionType, BotLevel, MatchView, Personality, Seat } from '../types';
import { actionCost } from '../actions';
import { legalActionTypes, maxActionsFor, validateOrders } from '../validate';
import { candidateActions } from './candidates';
import { botContext } from './context';
import { evaluate, pseudoState } from './lookahead';
import { PERSONALITY_WEIGHTS, RESOURCE_PRICE } from './personalities';
import { RESEARCH_UPGRADE, pickActions, rankCandidates } from './plan';
import { balanceOf } from '../balance';
import { botRandom } from './random';

export { PERSONALITY_WEIGHTS } from './personalities';

/** A bot's orders from its own seat's view only. Deterministic for the same inputs. */
export function planOrders(
  view: MatchView, seat: Seat, bot: { personality: Personality; level: BotLevel }, seed: string,
): Action[] {
  if (view.phase !== 'orders' || !view.factions[seat]) return [];
  const rng = botRandom(`${seed}|${seat}|${view.round}`);
  const ctx = botContext(view, seat, bot.personality, bot.level);
  const legal = new Set<ActionType>(legalActionTypes(view, seat));
  const cands = candidateActions(ctx, legal, PERSONALITY_WEIGHTS[bot.personality]);
  const costs = cands.map((c) => actionCost(view, seat, c.action));
  const costOf = (a: Action): number => actionCost(view, seat, a);
  const base = {
    level: bot.level, maxActions: maxActionsFor(view, seat), budget: ctx.me.resources,
    price: RESOURCE_PRICE, rng, costOf, maxAmountOf: (a: Action) => upgradeCap(view, a),
  };
  const ranked = rankCandidates(cands, costs, bot.level, RESOURCE_PRICE, rng);
  let actions = pickActions(ranked, { ...base, upgrade: true });
  // One alternative keeps hard bots cheap (two resolutions a round) while still letting them
  // catch a greedy first pick that backfires.
  if (bot.level === 'hard') actions = lookAhead(view, seat, bot.personality, seed, actions, [
    pickActions(ranked, { ...base, upgrade: true, skipTop: 1 }),
  ]);
  return legalSubset(view, seat, actions);
}

/**
 * Money above the decay line is lost, so the best scaled moves are raised as far as the rules
 * allow; research stops one short of the limit — a single stroke of research 5 adds so much risk
 * that bots walked the world into catastrophe.
 */
function upgradeCap(view: MatchView, action: Action): number {
  const top = balanceOf(view).maxAmount;
  return action.type === 'research' ? Math.min(RESEARCH_UPGRADE, top) : top;
}

/** Hard bots resolve each distinct alternative one round ahead and keep the best. */
function lookAhead(
  view: MatchView, seat: Seat, personality: Personality, seed: string, first: Action[], others: Action[][],
): Action[] {
  const seen = new Set<string>([JSON.stringify(first)]);
  const options = [first];
  for (const o of others) {
    const key = JSON.stringify(o);
    if (!seen.has(key)) { seen.add(key); options.push(o); }
  }
  if (options.length === 1) return first;
  let best = -Infinity; let chosen = first;
  const base = pseudoState(view, `${seed}|look`);
  for (const option of options) {
    const value = evaluate(base, seat, personality, option);
    if (value > best) { best = value; chosen = option; }
  }
  return chosen;
}

/** Drops whatever the engine refuses, one action at a time, so a bot never submits an illegal set. */
function legalSubset(view: MatchView, seat: Seat, actions: Action[]): Action[] {
  let current = actions;
  for (let attempt = 0; attempt <= actions.length; attempt++) {
    const result = validateOrders(view, seat, { round: view.round, actions: current });
    if (result.ok) return result.orders.actions;
    const bad = new Set(result.errors.map((e) => e.ref).filter((r): r is number => typeof r === 'number'));
    current = bad.size > 0 ? current.filter((_, i) => !bad.has(i)) : current.slice(0, -1);
    if (current.length === 0) return current;
  }
  return [];
}
