// Determinism: the same options, seed and orders give a byte-identical state; a finished game's
// order log replays to every round's state; resolveRound never mutates its input.
import { describe, expect, it } from 'vitest';
import { createMatch, replay, resolveRound, Rng, type MatchState, type OrdersBySeat } from '../../shared/index';
import { randomOrders } from './randomOrders';

function playRandom(seats: number, seed: string): { states: MatchState[]; log: OrdersBySeat[] } {
  let s = createMatch({ seats, rounds: 12 }, seed);
  const rng = Rng.fromSeed(`orders:${seed}`);
  const states = [s];
  const log: OrdersBySeat[] = [];
  while (s.phase === 'orders') {
    const orders = randomOrders(s, rng);
    log.push(orders);
    s = resolveRound(s, orders).state;
    states.push(s);
  }
  return { states, log };
}

describe('determinism', () => {
  it('same seed and options give the same match; different seeds differ', () => {
    expect(JSON.stringify(createMatch({ seats: 5, rounds: 12 }, 'a'))).toBe(JSON.stringify(createMatch({ seats: 5, rounds: 12 }, 'a')));
    expect(JSON.stringify(createMatch({ seats: 5, rounds: 12 }, 'a'))).not.toBe(JSON.stringify(createMatch({ seats: 5, rounds: 12 }, 'b')));
  });

  for (const seats of [3, 4, 5, 6]) {
    it(`replays a finished ${seats}-seat random game round by round, byte for byte`, () => {
      const { states, log } = playRandom(seats, `det${seats}`);
      expect(states[states.length - 1].phase).toBe('ended');
      const again = replay({ seats, rounds: 12 }, `det${seats}`, log);
      expect(again.length).toBe(states.length);
      for (let k = 0; k < states.length; k++) expect(JSON.stringify(again[k])).toBe(JSON.stringify(states[k]));
    });
  }

  it('resolveRound does not mutate its input and is repeatable', () => {
    const { states, log } = playRandom(4, 'mut');
    for (let k = 0; k < log.length; k++) {
      const before = JSON.stringify(states[k]);
      const a = resolveRound(states[k], log[k]);
      const b = resolveRound(states[k], log[k]);
      expect(JSON.stringify(states[k])).toBe(before);
      expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
      expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events));
    }
  });

  it('state is plain JSON and stored numbers are rounded to 1e-4', () => {
    const { states } = playRandom(6, 'json');
    const last = states[states.length - 1];
    expect(JSON.parse(JSON.stringify(last))).toEqual(last);
    for (const f of last.factions) {
      for (const v of [f.resources, f.tech, f.legitimacy, f.impact, f.meter, ...f.influence]) {
        expect(Math.abs(v * 10000 - Math.round(v * 10000))).toBeLessThan(1e-6);
      }
    }
  });

  it('orders for another round are dropped; missing orders mean no actions', () => {
    const s = createMatch({ seats: 3 }, 'late');
    const r = resolveRound(s, { 0: { round: 5, actions: [{ type: 'research', amount: 1 }] } });
    expect(r.state.factions[0].tech).toBeLessThan(2);
    expect(r.events.some((e) => e.type === 'dropped' && e.seat === 0)).toBe(true);
    expect(r.state.round).toBe(2);
  });

  it('an ended match does not resolve further', () => {
    const { states } = playRandom(3, 'ended');
    const last = states[states.length - 1];
    expect(resolveRound(last, {}).state).toBe(last);
  });
});

describe('options', () => {
  it('normalizes seats, rounds and names; client options never carry balance overrides', async () => {
    const { normalizeOptions, normalizeClientOptions } = await import('../../shared/index');
    expect(normalizeOptions({})).toEqual({ seats: 3, rounds: 12 });
    expect(normalizeOptions({ seats: 9, rounds: 10 })).toEqual({ seats: 6, rounds: 9 });
    expect(normalizeOptions({ seats: 1, rounds: 100 })).toEqual({ seats: 3, rounds: 24 });
    expect(normalizeOptions({ seats: 4, balance: { maxActions: 5, bogus: 1 } as never }).balance).toEqual({ maxActions: 5 });
    expect(normalizeClientOptions({ seats: 4, balance: { maxActions: 9 }, permanentPolicies: ['antitrust'] })).toEqual({ seats: 4, rounds: 12 });
    expect(normalizeClientOptions('nonsense')).toEqual({ seats: 3, rounds: 12 });
  });
});
