// Turns scored candidates into one legal order set within the budget and the action limit.
import type { Action, BotLevel } from '../types';
import type { Candidate } from './candidates';
import type { BotRandom } from './random';

/** Actions that take an amount: effect × a, cost × a². */
export function hasAmount(action: Action): action is Action & { amount: number } {
  return 'amount' in action;
}

/** Highest amount a bot raises research to (see upgradeCap in index.ts). */
export const RESEARCH_UPGRADE = 4;

export interface Ranked { cand: Candidate; cost: number; net: number }

/**
 * Orders candidates by value net of price. Easy bots see the values through heavy noise,
 * normal bots through a little; hard bots see them as they are.
 */
export function rankCandidates(
  cands: Candidate[], costs: number[], level: BotLevel, price: number, rng: BotRandom,
): Ranked[] {
  const ranked: Ranked[] = new Array(cands.length);
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    let net: number;
    if (level === 'easy') net = c.score * (0.3 + 1.4 * rng.next()) - price * costs[i] + (rng.next() - 0.5) * 2;
    else if (level === 'normal') net = c.score * (0.85 + 0.3 * rng.next()) - price * costs[i];
    else net = c.score - price * costs[i];
    ranked[i] = { cand: c, cost: costs[i], net };
  }
  return ranked.sort((a, b) => b.net - a.net);
}

export interface PickOptions {
  level: BotLevel;
  maxActions: number;
  budget: number;
  price: number;
  rng: BotRandom;
  costOf(action: Action): number;
  /** Skip this many of the best picks (hard bots use it to build alternative sets). */
  skipTop?: number;
  /** Highest amount a scaled move may be raised to. */
  maxAmountOf?(action: Action): number;
  /** Raise amounts with money left over. */
  upgrade?: boolean;
}

export function pickActions(ranked: Ranked[], opts: PickOptions): Action[] {
  const { level, rng } = opts;
  const chosen: Ranked[] = [];
  const keys = new Set<string>();
  const types = new Map<string, number>();
  let budget = opts.budget;
  let skip = opts.skipTop ?? 0;
  const slots = level === 'easy' && rng.next() < 0.3 ? Math.max(1, opts.maxActions - 1) : opts.maxActions;
  for (const s of ranked) {
    if (chosen.length >= slots) break;
    // Easy bots sometimes take something at random instead of the best they see.
    const pickRandom = level === 'easy' && rng.next() < 0.3;
    let s2 = s;
    if (pickRandom) {
      // A careless pick, but never one the bot would see as harmful to itself.
      const any = ranked[rng.int(ranked.length)];
      if (any.cand.score > 0) s2 = any;
    }
    if (s2.net <= 0 && !pickRandom) break;
    if (keys.has(s2.cand.key) || s2.cost > budget) continue;
    const sameType = types.get(s2.cand.action.type) ?? 0;
    const growthMove = s2.cand.action.type === 'expand' || s2.cand.action.type === 'organize';
    if (sameType >= (growthMove ? 2 : 1)) continue;
    if (skip > 0 && !pickRandom) { skip--; continue; }
    chosen.push(s2);
    keys.add(s2.cand.key);
    types.set(s2.cand.action.type, sameType + 1);
    budget -= s2.cost;
  }
  const actions = chosen.map((c) => c.cand.action);
  if (opts.upgrade && level !== 'easy') {
    // Spend what would otherwise decay: raise the amount of the best scaled moves.
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      if (!hasAmount(action) || chosen[i].net <= 0) continue;
      const top = opts.maxAmountOf ? opts.maxAmountOf(action) : 3;
      for (let a = 2; a <= top; a++) {
        const bigger = { ...action, amount: a } as Action;
        const extra = opts.costOf(bigger) - opts.costOf({ ...action, amount: a - 1 } as Action);
        if (extra > budget || chosen[i].cand.score < opts.price * extra) break;
        budget -= extra;
        actions[i] = bigger;
      }
    }
  }
  return actions;
}
