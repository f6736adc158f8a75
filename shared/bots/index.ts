// Bots: personalities grower / pluralist / balancer at easy / normal / hard (DESIGN.md section 10).
// A bot sees exactly what its seat's player would see (a `viewFor` projection) and orders
// through the same validation as people do.
import type { Action, ActionType, BotLevel, MatchView, Personality, Seat } from '../types';
import { actionCost } from '../actions';
import { legalActionTypes, maxActionsFor, validateOrders } from '../validate';
import { candidateActions } from './candidates';
import { botContext } from './context';
import { evaluate } from './lookahead';
import { PERSONALITY_WEIGHTS, RESOURCE_PRICE } from './personalities';
import { pickActions, type Scored } from './plan';
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
  const weights = PERSONALITY_WEIGHTS[bot.personality];
  const scored: Scored[] = [];
  for (const cand of candidateActions(ctx, legal)) {
    let score = 0;
    for (const k in cand.values) score += weights[k as keyof typeof weights] * (cand.values[k as keyof typeof cand.values] ?? 0);
    scored.push({ cand, score, cost: actionCost(view, seat, cand.action) });
  }
  const costOf = (a: Action): number => actionCost(view, seat, a);
  const base = {
    level: bot.level, maxActions: maxActionsFor(view, seat), budget: ctx.me.resources,
    price: RESOURCE_PRICE, rng, costOf,
  };
  let actions: Action[];
  if (bot.level !== 'hard') {
    actions = pickActions(scored, { ...base, upgrade: true });
  } else {
    const options = [
      pickActions(scored, { ...base, upgrade: true }),
      pickActions(scored, { ...base, upgrade: false }),
      pickActions(scored, { ...base, upgrade: true, skipTop: 1 }),
      pickActions(scored, { ...base, upgrade: true, price: RESOURCE_PRICE * 2 }),
    ];
    const seen = new Set<string>();
    let best = -Infinity; actions = options[0];
    for (const option of options) {
      const key = JSON.stringify(option);
      if (seen.has(key)) continue;
      seen.add(key);
      const value = evaluate(view, seat, bot.personality, option, `${seed}|look`);
      if (value > best) { best = value; actions = option; }
    }
  }
  return legalSubset(view, seat, actions);
}

/** Drops whatever the engine refuses, one action at a time, so a bot never submits an illegal set. */
function legalSubset(view: MatchView, seat: Seat, actions: Action[]): Action[] {
  let current = actions;
  for (let attempt = 0; attempt <= actions.length; attempt++) {
    const result = validateOrders(view, seat, { round: view.round, actions: current });
    if (result.ok) return current;
    const bad = new Set(result.errors.map((e) => e.ref).filter((r): r is number => typeof r === 'number'));
    current = bad.size > 0 ? current.filter((_, i) => !bad.has(i)) : current.slice(0, -1);
    if (current.length === 0) return current;
  }
  return [];
}
