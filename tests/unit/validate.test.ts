// Validation: every error code has its own case, and random payloads (fast-check) are rejected
// without touching the state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMatch, legalActionTypes, resolveRound, validateOrders, viewFor, type MatchState, type Seat,
} from '../../shared/index';
import { giveControl, quietMatch, seatOf, setInfluence, designMatch } from './helpers';

function codes(state: MatchState, seat: Seat, orders: unknown): string[] {
  const r = validateOrders(state, seat, orders);
  return r.ok ? [] : r.errors.map((e) => e.code);
}
const one = (state: MatchState, seat: Seat, action: unknown) => codes(state, seat, { round: state.round, actions: [action] });

describe('validateOrders error codes', () => {
  const s = quietMatch();
  const g = seatOf(s, 'state'), c = seatOf(s, 'corporation'), m = seatOf(s, 'movement');

  it('accepts legal orders and returns a clean copy', () => {
    const r = validateOrders(s, g, { round: 1, actions: [{ type: 'research', amount: 1, junk: 'x' }], extra: 1 });
    expect(r).toEqual({ ok: true, orders: { round: 1, actions: [{ type: 'research', amount: 1 }] } });
  });
  it('bad_shape', () => {
    for (const bad of [null, 7, 'x', [], {}, { round: 1 }, { actions: [] }, { round: 1.5, actions: [] }, { round: 1, actions: {} }]) {
      expect(codes(s, g, bad)).toEqual(['bad_shape']);
    }
  });
  it('match_ended', () => {
    const ended = { ...s, phase: 'ended' as const };
    expect(codes(ended, g, { round: 1, actions: [] })).toEqual(['match_ended']);
  });
  it('wrong_round', () => expect(codes(s, g, { round: 2, actions: [] })).toEqual(['wrong_round']));
  it('unknown_seat', () => expect(codes(s, 9, { round: 1, actions: [] })).toEqual(['unknown_seat']));
  it('too_many_actions', () => {
    const four = Array.from({ length: 4 }, () => ({ type: 'rally' }));
    expect(codes(s, m, { round: 1, actions: four })).toEqual(['too_many_actions']);
  });
  it('unknown_action', () => {
    expect(one(s, g, { type: 'nuke' })).toEqual(['unknown_action']);
    expect(one(s, g, 'expand')).toEqual(['unknown_action']);
    expect(one(s, g, { type: 'toString' })).toEqual(['unknown_action']);
  });
  it('wrong_kind', () => expect(one(s, g, { type: 'rally' })).toEqual(['wrong_kind']));
  it('unknown_region', () => {
    expect(one(s, g, { type: 'expand', region: 99, amount: 1 })).toEqual(['unknown_region']);
    expect(one(s, g, { type: 'expand', region: '1', amount: 1 })).toEqual(['unknown_region']);
  });
  it('unknown_target', () => expect(one(s, g, { type: 'pact', target: 7 })).toEqual(['unknown_target']));
  it('self_target', () => expect(one(s, g, { type: 'pact', target: g })).toEqual(['self_target']));
  it('bad_amount', () => {
    for (const amount of [0, -1, 1.5, 99, '2', undefined]) expect(one(s, g, { type: 'research', amount })).toEqual(['bad_amount']);
  });
  it('unknown_policy', () => expect(one(s, g, { type: 'legislate', policy: 'martialLaw' })).toEqual(['unknown_policy']));
  it('bad_mode', () => expect(one(s, c, { type: 'lobby', policy: 'antitrust', mode: 'maybe' })).toEqual(['bad_mode']));
  it('hostile_to_partner', () => {
    const t = quietMatch();
    t.pacts.push({ a: Math.min(m, c), b: Math.max(m, c), since: 1 });
    expect(one(t, m, { type: 'expose', target: c })).toEqual(['hostile_to_partner']);
  });
  it('not_controlled', () => {
    const far = s.distances[s.factions[g].home].indexOf(2);
    expect(one(s, g, { type: 'police', region: far, amount: 1 })).toEqual(['not_controlled']);
  });
  it('risk_too_low', () => expect(one(s, g, { type: 'emergencyPowers' })).toEqual(['risk_too_low']));
  it('emergency_active', () => {
    const t = quietMatch();
    t.risk = 60;
    t.factions[g].emergencyUntil = 2;
    expect(one(t, g, { type: 'emergencyPowers' })).toEqual(['emergency_active']);
  });
  it('no_emergency', () => expect(one(s, g, { type: 'endEmergency' })).toEqual(['no_emergency']));
  it('wrong_target_kind', () => {
    expect(one(s, m, { type: 'interop', target: g, region: 0 })).toEqual(['wrong_target_kind']);
    expect(one(s, c, { type: 'acquire', target: g, region: s.factions[g].home, amount: 1 })).toEqual(['wrong_target_kind']);
  });
  it('already_partners', () => {
    const t = quietMatch();
    t.pacts.push({ a: Math.min(g, c), b: Math.max(g, c), since: 1 });
    expect(one(t, g, { type: 'pact', target: c })).toEqual(['already_partners']);
  });
  it('nothing_to_break', () => expect(one(s, g, { type: 'breakPact', target: c })).toEqual(['nothing_to_break']));
  it('already_standard', () => {
    const t = quietMatch();
    t.standards.push({ a: Math.min(g, c), b: Math.max(g, c), untilRound: 4 });
    expect(one(t, g, { type: 'standard', target: c })).toEqual(['already_standard']);
  });
  it('policy_permanent', () => {
    const t = quietMatch(3, {}, { permanentPolicies: ['diffusionMandate'] });
    expect(one(t, g, { type: 'legislate', policy: 'diffusionMandate' })).toEqual(['policy_permanent']);
    expect(one(t, m, { type: 'campaign', policy: 'diffusionMandate' })).toEqual(['policy_permanent']);
  });
  it('policy_not_in_force', () => expect(one(s, m, { type: 'campaign', policy: 'antitrust' })).toEqual(['policy_not_in_force']));
  it('target_absent', () => {
    const t = quietMatch();
    const r = t.factions[g].home;
    setInfluence(t, c, r, 0);
    expect(one(t, m, { type: 'protest', target: c, region: r, amount: 1 })).toEqual(['target_absent']);
  });
  it('no_influence', () => {
    const t = quietMatch();
    const r = t.factions[c].home;
    setInfluence(t, g, r, 0);
    expect(one(t, g, { type: 'decentralize', region: r, amount: 1 })).toEqual(['no_influence']);
  });
  it('duplicate_action', () => {
    expect(codes(s, g, { round: 1, actions: [{ type: 'research', amount: 1 }, { type: 'research', amount: 2 }] })).toEqual(['duplicate_action']);
  });
  it('unaffordable, with the index of the first action that breaks the budget', () => {
    const t = designMatch({ seats: 3 }, 'poor');
    const r = validateOrders(t, g, { round: 1, actions: [{ type: 'research', amount: 1 }, { type: 'defend', amount: 2 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ code: 'unaffordable', ref: 1 })]);
  });
  it('every error has a readable sentence and each failing action its index', () => {
    const r = validateOrders(s, g, { round: 1, actions: [{ type: 'rally' }, { type: 'expand', region: 99, amount: 1 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.ref)).toEqual([0, 1]);
      for (const e of r.errors) expect(e.message.length).toBeGreaterThan(10);
    }
  });
  it('emergency powers allow a fourth action', () => {
    const t = quietMatch();
    t.factions[g].emergencyUntil = 1;
    const four = [{ type: 'research', amount: 1 }, { type: 'defend', amount: 1 }, { type: 'share', target: 'all' }, { type: 'endEmergency' }];
    expect(codes(t, g, { round: 1, actions: four })).toEqual([]);
  });
  it('police and extract are legal action types only with control', () => {
    const t = quietMatch();
    for (let r = 0; r < t.regions.length; r++) setInfluence(t, c, r, Math.min(t.factions[c].influence[r], 2));
    expect(legalActionTypes(t, c)).not.toContain('extract');
    giveControl(t, c, 0);
    expect(legalActionTypes(t, c)).toContain('extract');
  });
});

describe('property: random payloads', () => {
  const base = designMatch({ seats: 4 }, 'props');
  const frozen = JSON.stringify(base);
  const field = fc.oneof(
    fc.integer({ min: -3, max: 14 }), fc.double(), fc.string({ maxLength: 6 }), fc.constant(null), fc.constant('all'),
    fc.constantFrom('antitrust', 'surveillance', 'enact', 'repeal'), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }),
  );
  const types = fc.constantFrom('expand', 'research', 'share', 'defend', 'decentralize', 'standard', 'pact', 'breakPact',
    'legislate', 'police', 'subsidize', 'emergencyPowers', 'endEmergency', 'lobby', 'extract', 'acquire', 'philanthropy',
    'mission', 'organize', 'rally', 'protest', 'campaign', 'expose', 'interop', 'bogus', '__proto__', 'constructor');
  const action = fc.oneof(
    fc.record({ type: types, region: field, target: field, amount: field, policy: field, mode: field }, { requiredKeys: ['type'] }),
    fc.anything(),
  );
  const orders = fc.oneof(
    fc.record({ round: fc.oneof(fc.constant(1), fc.integer({ min: -2, max: 5 }), field), actions: fc.array(action, { maxLength: 5 }) }),
    fc.anything(),
  );

  it('never throws, never mutates, and an accepted order always resolves cleanly', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3 }), orders, (seat, payload) => {
      const view = viewFor(base, seat);
      const result = validateOrders(view, seat, payload);
      expect(JSON.stringify(base)).toBe(frozen);
      if (result.ok) {
        const next = resolveRound(base, { [seat]: result.orders });
        expect(next.events.filter((e) => e.type === 'dropped')).toEqual([]);
        expect(JSON.stringify(base)).toBe(frozen);
      } else {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(typeof e.code).toBe('string');
      }
    }), { numRuns: 1500, seed: 42 });
  });

  it('resolveRound survives any payload as orders: garbage is dropped, never thrown, input untouched', () => {
    fc.assert(fc.property(fc.array(orders, { minLength: 4, maxLength: 4 }), (payloads) => {
      const all = Object.fromEntries(payloads.map((p, seat) => [seat, p])) as never;
      const r = resolveRound(base, all);
      expect(JSON.stringify(base)).toBe(frozen);
      expect(r.state.round).toBe(2);
    }), { numRuns: 400, seed: 11 });
  });

  it('rejects each invalid family with its own code', () => {
    const seat = 0; // state
    const cases: [unknown, string][] = [
      [{ round: 1, actions: [{ type: 'rally' }] }, 'wrong_kind'],
      [{ round: 1, actions: [{ type: 'research', amount: 50 }] }, 'bad_amount'],
      [{ round: 1, actions: [{ type: 'expand', region: 40, amount: 1 }] }, 'unknown_region'],
      [{ round: 3, actions: [] }, 'wrong_round'],
      [{ round: 1, actions: [{ type: 'research', amount: 1 }, { type: 'defend', amount: 1 }, { type: 'mission' }, { type: 'rally' }] }, 'too_many_actions'],
      [{ round: 1, actions: [{ type: 'research', amount: 3 }] }, 'unaffordable'],
      ['orders', 'bad_shape'],
    ];
    for (const [payload, code] of cases) {
      fc.assert(fc.property(fc.constant(payload), (p) => {
        const r = validateOrders(base, seat, p);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors[0].code).toBe(code);
        expect(JSON.stringify(base)).toBe(frozen);
      }), { numRuns: 1 });
    }
  });

  it('hostile actions against a pact partner are always rejected', () => {
    const t = createMatch({ seats: 6 }, 'pacts');
    t.pacts.push({ a: 1, b: 2 }as never, { a: 2, b: 4 } as never, { a: 1, b: 5 } as never);
    const snap = JSON.stringify(t);
    fc.assert(fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 2 }), (region, amount) => {
      // Movement 2 against its partners 1 (corporation) and 4 (corporation)
      for (const target of [1, 4]) {
        for (const a of [{ type: 'protest', target, region, amount }, { type: 'expose', target }, { type: 'interop', target, region }]) {
          const r = validateOrders(t, 2, { round: 1, actions: [a] });
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.errors[0].code).toBe('hostile_to_partner');
        }
      }
      // Corporation 1 acquiring from its partner 5 (movement)
      const r = validateOrders(t, 1, { round: 1, actions: [{ type: 'acquire', target: 5, region, amount }] });
      expect(!r.ok && r.errors[0].code).toBe('hostile_to_partner');
      expect(JSON.stringify(t)).toBe(snap);
    }), { numRuns: 50, seed: 7 });
  });
});
