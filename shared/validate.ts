// Order validation, in one fixed order: shape → phase/round → seat → count → per action (known
// type → kind → params/targets → preconditions) → total affordability. Every failure is a value
// with its own stable code; nothing here changes the state. Resolution re-runs the per-action
// checks, so an order that became illegal is dropped with a reason instead of half-applied.
import { ACTION_CATALOGUE, actionCost } from './actions';
import { balanceOf } from './balance';
import {
  activeInfluence, controller, emergencyActive, hasStandard, inPact, isPermanentPolicy, policyActive,
} from './world';
import { POLICY_IDS, type Action, type ActionType, type MatchView, type Orders, type PolicyId, type RuleError, type Seat, type ValidationResult } from './types';

export type ActionCheck = { ok: true; action: Action } | { ok: false; error: RuleError };

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const err = (code: string, message: string, ref?: number): RuleError =>
  (ref === undefined ? { code, message } : { code, message, ref });

/** Actions a faction may order this round: 3, or 4 while its emergency powers are active. */
export function maxActionsFor(view: MatchView, seat: Seat): number {
  const b = balanceOf(view);
  return b.maxActions + (view.factions[seat] && emergencyActive(view, seat) ? b.emergencyExtraActions : 0);
}

/** Checks a payload from anyone (unknown shape) as `seat`'s orders for the current round. */
export function validateOrders(view: MatchView, seat: Seat, orders: unknown): ValidationResult {
  if (!orders || typeof orders !== 'object' || Array.isArray(orders)) {
    return { ok: false, errors: [err('bad_shape', 'Orders must be an object with a round number and a list of actions.')] };
  }
  const o = orders as { round?: unknown; actions?: unknown };
  if (!isInt(o.round) || !Array.isArray(o.actions)) {
    return { ok: false, errors: [err('bad_shape', 'Orders need an integer "round" and an "actions" list.')] };
  }
  if (view.phase !== 'orders') {
    return { ok: false, errors: [err('match_ended', 'The match has ended; no more orders are taken.')] };
  }
  if (o.round !== view.round) {
    return { ok: false, errors: [err('wrong_round', `These orders are for round ${o.round}, but round ${view.round} is being played.`)] };
  }
  if (!isInt(seat) || !view.factions[seat]) {
    return { ok: false, errors: [err('unknown_seat', `There is no faction in seat ${String(seat)}.`)] };
  }
  const max = maxActionsFor(view, seat);
  if (o.actions.length > max) {
    return { ok: false, errors: [err('too_many_actions', `At most ${max} actions per round; ${o.actions.length} were sent.`)] };
  }
  const errors: RuleError[] = [];
  const actions: Action[] = [];
  const seen = new Set<string>();
  o.actions.forEach((raw, i) => {
    const check = checkAction(view, seat, raw, i);
    if (!check.ok) { errors.push(check.error); return; }
    const key = duplicateKey(check.action);
    if (seen.has(key)) {
      errors.push(err('duplicate_action', `Action ${i + 1} repeats an earlier order; raise its amount instead.`, i));
      return;
    }
    seen.add(key);
    actions.push(check.action);
  });
  if (errors.length) return { ok: false, errors };
  const resources = view.factions[seat].resources;
  let total = 0;
  for (let i = 0; i < actions.length; i++) {
    total += actionCost(view, seat, actions[i]);
    if (total > resources + 1e-9) {
      return {
        ok: false,
        errors: [err('unaffordable', `These orders cost ${fmt(total)} by action ${i + 1}, but only ${fmt(resources)} resources are available.`, i)],
      };
    }
  }
  return { ok: true, orders: { round: o.round, actions } };
}

function fmt(v: number): string { return String(Math.round(v * 10) / 10); }

/** Same type and same non-amount parameters: order it once with a larger amount. */
export function duplicateKey(action: Action): string {
  const a = action as Record<string, unknown>;
  return `${action.type}|${a.target ?? ''}|${a.region ?? ''}|${a.policy ?? ''}|${a.mode ?? ''}`;
}

/** One action: known type → kind → params/targets → preconditions. Returns a clean copy. */
export function checkAction(view: MatchView, seat: Seat, raw: unknown, ref: number): ActionCheck {
  const fail = (code: string, message: string): ActionCheck => ({ ok: false, error: err(code, message, ref) });
  const n = ref + 1;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('unknown_action', `Action ${n} is not an action.`);
  const r = raw as Record<string, unknown>;
  if (typeof r.type !== 'string' || !Object.prototype.hasOwnProperty.call(ACTION_CATALOGUE, r.type)) {
    return fail('unknown_action', `Action ${n} has an unknown type ${JSON.stringify(String(r.type)).slice(0, 40)}.`);
  }
  const type = r.type as ActionType;
  const info = ACTION_CATALOGUE[type];
  const me = view.factions[seat];
  if (!info.kinds.includes(me.kind)) {
    return fail('wrong_kind', `A ${me.kind} cannot order ${info.label} (action ${n}).`);
  }
  const b = balanceOf(view);
  const clean: Record<string, unknown> = { type };
  for (const param of info.params) {
    const v = r[param];
    switch (param) {
      case 'region':
        if (!isInt(v) || v < 0 || v >= view.regions.length) return fail('unknown_region', `Action ${n} needs a region of this map.`);
        break;
      case 'target':
        if (type === 'share' && v === 'all') break;
        if (!isInt(v) || v < 0 || v >= view.factions.length) return fail('unknown_target', `Action ${n} needs a faction of this match as its target.`);
        if (v === seat) return fail('self_target', `Action ${n} cannot target your own faction.`);
        break;
      case 'amount':
        if (!isInt(v) || v < 1 || v > b.maxAmount) return fail('bad_amount', `Action ${n} needs a whole amount from 1 to ${b.maxAmount}.`);
        break;
      case 'policy':
        if (typeof v !== 'string' || !(POLICY_IDS as readonly string[]).includes(v)) return fail('unknown_policy', `Action ${n} names no known policy.`);
        break;
      case 'mode':
        if (v !== 'enact' && v !== 'repeal') return fail('bad_mode', `Action ${n} must either enact or repeal.`);
        break;
    }
    clean[param] = v;
  }
  const action = clean as unknown as Action;
  const pre = precondition(view, seat, action);
  return pre ? fail(pre.code, `${pre.message} (action ${n})`) : { ok: true, action };
}

/** Preconditions that depend on the world, not just the payload. */
function precondition(view: MatchView, seat: Seat, action: Action): { code: string; message: string } | null {
  const b = balanceOf(view);
  const info = ACTION_CATALOGUE[action.type];
  const target = 'target' in action && typeof action.target === 'number' ? view.factions[action.target] : null;
  if (info.hostile && target && inPact(view, seat, target.seat)) {
    return { code: 'hostile_to_partner', message: `${target.name} is your pact partner; break the pact before acting against it.` };
  }
  switch (action.type) {
    case 'police':
    case 'extract':
      if (controller(view, action.region) !== seat) {
        return { code: 'not_controlled', message: `You must control ${view.regions[action.region].name} to ${action.type} there.` };
      }
      return null;
    case 'emergencyPowers':
      if (view.risk < b.emergencyRiskMin) return { code: 'risk_too_low', message: `Emergency powers need world risk of at least ${b.emergencyRiskMin}.` };
      if (emergencyActive(view, seat)) return { code: 'emergency_active', message: 'Emergency powers are already active.' };
      return null;
    case 'endEmergency':
      if (!emergencyActive(view, seat)) return { code: 'no_emergency', message: 'There are no emergency powers to end.' };
      return null;
    case 'acquire':
      if (target && target.kind === 'state') return { code: 'wrong_target_kind', message: 'Only a Corporation or a Movement can be acquired from.' };
      return absentCheck(view, action.target, action.region);
    case 'protest':
      return absentCheck(view, action.target, action.region);
    case 'decentralize':
      if (activeInfluence(view.factions[seat], action.region) <= 0) {
        return { code: 'no_influence', message: `You have no active influence in ${view.regions[action.region].name} to decentralize.` };
      }
      return null;
    case 'interop':
      if (target && target.kind !== 'corporation') return { code: 'wrong_target_kind', message: 'Interoperability targets a Corporation.' };
      return null;
    case 'pact':
      if (inPact(view, seat, action.target)) return { code: 'already_partners', message: `You already have a pact with ${view.factions[action.target].name}.` };
      return null;
    case 'breakPact': {
      const t = action.target;
      const offered = view.pactOffers.some((o) => (o.from === seat && o.to === t) || (o.from === t && o.to === seat));
      if (!inPact(view, seat, t) && !offered) return { code: 'nothing_to_break', message: `There is no pact or open offer with ${view.factions[t].name}.` };
      return null;
    }
    case 'standard':
      if (hasStandard(view, seat, action.target)) return { code: 'already_standard', message: `You already share a standard with ${view.factions[action.target].name}.` };
      return null;
    case 'legislate':
      return permanentCheck(view, action.policy);
    case 'lobby':
      if (action.mode === 'repeal') return repealCheck(view, action.policy);
      return permanentCheck(view, action.policy);
    case 'campaign':
      return repealCheck(view, action.policy);
    default:
      return null;
  }
}

function absentCheck(view: MatchView, target: Seat, region: number): { code: string; message: string } | null {
  return activeInfluence(view.factions[target], region) > 0 ? null
    : { code: 'target_absent', message: `${view.factions[target].name} has no influence to lose in ${view.regions[region].name}.` };
}

function permanentCheck(view: MatchView, policy: PolicyId): { code: string; message: string } | null {
  return isPermanentPolicy(view, policy) ? { code: 'policy_permanent', message: 'That policy is fixed for this match.' } : null;
}

function repealCheck(view: MatchView, policy: PolicyId): { code: string; message: string } | null {
  const permanent = permanentCheck(view, policy);
  if (permanent) return permanent;
  return policyActive(view, policy) ? null : { code: 'policy_not_in_force', message: 'That policy is not in force, so it cannot be repealed.' };
}

/** Action types `seat` may order at all right now (kind, phase, preconditions like risk ≥ 50). */
export function legalActionTypes(view: MatchView, seat: Seat): ActionType[] {
  const me = view.factions[seat];
  if (!me || view.phase !== 'orders') return [];
  const b = balanceOf(view);
  const out: ActionType[] = [];
  for (const type of Object.keys(ACTION_CATALOGUE) as ActionType[]) {
    const info = ACTION_CATALOGUE[type];
    if (!info.kinds.includes(me.kind)) continue;
    switch (type) {
      case 'police': case 'extract':
        if (!view.regions.some((r) => controller(view, r.id) === seat)) continue;
        break;
      case 'emergencyPowers':
        if (view.risk < b.emergencyRiskMin || emergencyActive(view, seat)) continue;
        break;
      case 'endEmergency':
        if (!emergencyActive(view, seat)) continue;
        break;
      case 'breakPact':
        if (!view.pacts.some((p) => p.a === seat || p.b === seat)
          && !view.pactOffers.some((o) => o.from === seat || o.to === seat)) continue;
        break;
      case 'campaign':
        if (!view.policies.some((p) => !isPermanentPolicy(view, p.policy))) continue;
        break;
      case 'interop':
        if (!view.factions.some((f) => f.kind === 'corporation' && !inPact(view, seat, f.seat))) continue;
        break;
      case 'acquire':
        if (!view.factions.some((f) => f.seat !== seat && f.kind !== 'state' && !inPact(view, seat, f.seat))) continue;
        break;
      default:
        break;
    }
    if (info.hostile && info.params.includes('target')
      && !view.factions.some((f) => f.seat !== seat && !inPact(view, seat, f.seat))) continue;
    out.push(type);
  }
  return out;
}
