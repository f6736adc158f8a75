// Income, upkeep, kind rules, policies and diffusion, checked against the formulas of
// DESIGN.md section 3 computed by hand in the test.
import { describe, expect, it } from 'vitest';
import {
  baseOf, regionValue, resolveRound, type Balance, type MatchState,
} from '../../shared/index';
import { quietMatch, seatOf, setInfluence, designMatch, D as B } from './helpers';

const CALM: Partial<Balance> = { eventEvery: 0, controlDiffusionByEra: [0, 0, 0], ideaDiffusionByEra: [0, 0, 0] };

function expectedNet(s: MatchState, sigma: number): number[] {
  const bases = s.factions.map((f) => baseOf(s, f.seat));
  const mean = bases.reduce((a, b) => a + b, 0) / bases.length;
  const out = s.factions.map((f) => {
    const S = Math.pow(bases[f.seat] / mean, sigma - 1);
    return B.outputFactor * (1 + f.tech / 10) * (0.5 + f.legitimacy / 200) * bases[f.seat] * S;
  });
  return s.factions.map((f) => {
    let income = out[f.seat];
    if (f.kind === 'corporation') income *= 1 + f.meter / 100;
    if (f.kind === 'state' && f.meter < 30) income += 0.05 * out.reduce((a, v, i) => a + (i === f.seat ? 0 : v), 0);
    let distanceUpkeep = 0;
    let held = 0;
    f.influence.forEach((inf, r) => { if (inf > 0) { held++; distanceUpkeep += inf * s.distances[f.home][r]; } });
    const upkeep = 0.05 * distanceUpkeep + 0.3 * Math.pow(held, 1.5);
    let res = f.resources + income - upkeep;
    if (res > 10) res -= 0.2 * (res - 10);
    return res;
  });
}

describe('income and upkeep', () => {
  it('follows out = A·T·L·base·S, kind rules, upkeep u·Σinf·dist + c·held^1.5, decay above 10', () => {
    const s = designMatch({ seats: 3, balance: { ...CALM, scaleByEra: [1.3, 1.3, 1.3] } }, 'income');
    s.factions[0].tech = 3;
    const want = expectedNet(s, 1.3);
    const got = resolveRound(s, {}).state;
    for (const f of got.factions) expect(f.resources).toBeCloseTo(want[f.seat], 3);
    for (const f of got.factions) expect(f.impact).toBeCloseTo(Math.sqrt(f.lastOutput), 3);
  });

  it('economies of scale: with σ > 1 the bigger base earns more per unit of base', () => {
    const s = designMatch({ seats: 3, balance: { ...CALM, scaleByEra: [1.3, 1.3, 1.3] } }, 'scale');
    const big = s.factions[0];
    for (let r = 0; r < s.regions.length; r++) if (big.influence[r] > 0) big.influence[r] = Math.min(10, big.influence[r] * 2);
    const got = resolveRound(s, {}).state;
    const perBase = got.factions.map((f) => f.lastOutput / baseOf(s, f.seat));
    expect(perBase[0]).toBeGreaterThan(perBase[1] * 1.1);
  });

  it('a diffusion mandate removes the scale bonus from those who did not share, and taxes proprietary tech', () => {
    const opts = { seats: 3, balance: { ...CALM, scaleByEra: [1.3, 1.3, 1.3] }, permanentPolicies: ['diffusionMandate' as const] };
    const s = designMatch(opts, 'mandate');
    const big = s.factions[0];
    for (let r = 0; r < s.regions.length; r++) if (big.influence[r] > 0) big.influence[r] = Math.min(10, big.influence[r] * 2);
    big.tech = 4;
    const got = resolveRound(s, {}).state;
    const perBase = got.factions.map((f) => f.lastOutput / baseOf(s, f.seat) / (1 + s.factions[f.seat].tech / 10) / (0.5 + s.factions[f.seat].legitimacy / 200));
    expect(perBase[0]).toBeCloseTo(perBase[1], 3);
    expect(got.lastEvents.find((e) => e.type === 'income' && e.seat === 0)?.text).toContain('tech tax 3');
  });

  it('surveillance halves Movement income; public services add legitimacy and progress', () => {
    const s = quietMatch(3, { outputFactor: 0.5 });
    const m = seatOf(s, 'movement');
    const plain = resolveRound(s, {}).state;
    const watched = resolveRound({ ...s, policies: [{ policy: 'surveillance', enactedRound: 1, untilRound: 6, by: 0 }] }, {}).state;
    expect(watched.factions[m].resources - 100).toBeCloseTo((plain.factions[m].resources - 100) / 2, 3);
    const served = resolveRound({ ...s, policies: [{ policy: 'publicServices', enactedRound: 1, untilRound: 6, by: 0 }] }, {}).state;
    expect(served.factions[0].legitimacy).toBe(63);
    expect(served.progress).toBeCloseTo(plain.progress + 2, 3);
  });

  it('personalism above 50 lowers everyone\'s output and feeds the Movement', () => {
    const s = quietMatch(3, { outputFactor: 0.5 });
    const g = seatOf(s, 'state'), c = seatOf(s, 'corporation'), m = seatOf(s, 'movement');
    const plain = resolveRound(s, {}).state;
    s.factions[g].meter = 90;
    const harsh = resolveRound(s, {}).state;
    expect(harsh.factions[c].lastOutput).toBeCloseTo(plain.factions[c].lastOutput * (1 - 0.003 * 40), 3);
    expect(harsh.factions[m].resources).toBeGreaterThan(plain.factions[m].resources - 0.01 * plain.factions[m].lastOutput);
  });

  it('pact partners pass 10 % of income to each other', () => {
    const s = quietMatch(3, { outputFactor: 0.5 });
    const plain = resolveRound(s, {}).state;
    const allied = resolveRound({ ...s, pacts: [{ a: 0, b: 1, since: 1 }] }, {}).state;
    const gain0 = plain.factions[0].resources - 100, gain1 = plain.factions[1].resources - 100;
    expect(allied.factions[0].resources - 100).toBeCloseTo(gain0 + 0.1 * (gain1 - gain0), 1);
  });
});

describe('diffusion', () => {
  it('tech moves δi·(maxTech − tech) toward the leader, not for a faction under the alarm', () => {
    const s = designMatch({ seats: 3, balance: { ...CALM, ideaDiffusionByEra: [0.1, 0.1, 0.1] } }, 'ideas');
    s.factions[0].tech = 5;
    s.alarm = [2];
    const got = resolveRound(s, {}).state;
    expect(got.factions[0].tech).toBe(5);
    expect(got.factions[1].tech).toBeCloseTo(1.4, 4);
    expect(got.factions[2].tech).toBe(1);
  });

  it('δc of the excess above 60 % moves to the others present, doubled under the alarm', () => {
    const run = (alarm: number[]) => {
      const s = quietMatch(3, { controlDiffusionByEra: [0.2, 0.2, 0.2] });
      const r = s.factions[0].home;
      for (const f of s.factions) setInfluence(s, f.seat, r, 0);
      setInfluence(s, 0, r, 8);
      setInfluence(s, 1, r, 2);
      s.alarm = alarm;
      return resolveRound(s, {}).state.factions.map((f) => f.influence[r]);
    };
    expect(run([])).toEqual([7.6, 2.4, 0]);
    expect(run([0])).toEqual([7.2, 2.8, 0]);
  });
});

describe('region values', () => {
  it('States and Corporations draw on wealth, Movements on population', () => {
    const region = { id: 0, name: 'x', x: 0, y: 0, neighbours: [], population: 2, wealth: 5 };
    expect(regionValue('state', region)).toBe(5);
    expect(regionValue('corporation', region)).toBe(5);
    expect(regionValue('movement', region)).toBe(2);
  });
});
