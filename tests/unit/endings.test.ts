// Blocs, the balance alarm, hegemony (only the largest member wins), catastrophe, flourishing,
// stagnation, rankings and the fair-share bonus; eras and coordination risk.
import { describe, expect, it } from 'vitest';
import {
  alarmLine, concentration, createMatch, fairShareBonus, hegemonyThreshold, powerShares, resolveRound, type MatchState,
} from '../../shared/index';
import { quietMatch, designMatch, DESIGN } from './helpers';

/** Seat 0 strong, seat 1 medium, seat 2 weak — power through (inert) resources. */
function lopsided(): MatchState {
  const s = quietMatch();
  s.factions[0].resources = 300;
  s.factions[1].resources = 200;
  return s;
}

describe('blocs and hegemony', () => {
  it('concentration merges pact blocs into one power', () => {
    const s = lopsided();
    const shares = powerShares(s);
    expect(concentration(s)).toBeCloseTo(shares.reduce((a, v) => a + v * v, 0), 9);
    const allied = { ...s, pacts: [{ a: 0, b: 1, since: 1 }] };
    expect(concentration(allied)).toBeCloseTo((shares[0] + shares[1]) ** 2 + shares[2] ** 2, 9);
  });

  it('a faction near the threshold sounds the balance alarm, without winning', () => {
    let s = lopsided();
    expect(powerShares(s)[0]).toBeGreaterThan(alarmLine(s));
    expect(powerShares(s)[0]).toBeLessThan(s.hegemonyThreshold);
    s = resolveRound(s, {}).state;
    expect(s.alarm).toEqual([0]);
    expect(s.factions[0].stats.triggeredAlarm).toBe(true);
    s = resolveRound(s, {}).state;
    expect(s.outcome).toBeNull();
  });

  it('at every seat count the alarm sounds above a fair share and below the threshold (tuned and design values)', () => {
    for (const balance of [undefined, DESIGN]) {
      for (let seats = 3; seats <= 6; seats++) {
        const s = createMatch({ seats, rounds: 12, balance }, 'alarm-line');
        const line = alarmLine(s);
        expect(line, `${seats} seats`).toBeGreaterThan(1 / seats);
        expect(line, `${seats} seats`).toBeLessThan(hegemonyThreshold(s));
      }
    }
  });

  it('a bloc over the threshold at two round ends makes its largest member the only winner', () => {
    let s = lopsided();
    s.pacts = [{ a: 0, b: 1, since: 1 }];
    s = resolveRound(s, {}).state;
    expect(s.hegemonyStreak).toEqual({ bloc: [0, 1], rounds: 1 });
    expect(s.phase).toBe('orders');
    s = resolveRound(s, {}).state;
    expect(s.phase).toBe('ended');
    expect(s.outcome?.type).toBe('hegemony');
    expect(s.outcome?.winner).toBe(0);
    expect(s.outcome?.ranking[0]).toBe(0);
    expect(s.outcome?.text).toContain('absorbed');
  });

  it('breaking the bloc resets the streak', () => {
    let s = lopsided();
    s.pacts = [{ a: 0, b: 1, since: 1 }];
    s = resolveRound(s, {}).state;
    s = resolveRound(s, { 1: { round: 2, actions: [{ type: 'breakPact', target: 0 }] } }).state;
    expect(s.hegemonyStreak).toBeNull();
    expect(s.outcome).toBeNull();
  });

  it('philanthropic capture counts as a bloc for the alarm only', () => {
    let s = lopsided();
    s.factions[0].resources = 150;
    s.captures = [{ corporation: 1, state: 0, untilRound: 4 }];
    s = resolveRound(s, {}).state;
    expect(s.alarm).toEqual([0, 1]);
    expect(s.hegemonyStreak).toBeNull();
  });
});

describe('how a match ends', () => {
  it('catastrophe at risk ≥ 100: everyone loses, the largest risk-taker ranks last', () => {
    const s = quietMatch();
    s.risk = 99;
    const r = resolveRound(s, { 2: { round: 1, actions: [{ type: 'research', amount: 1 }] } }).state;
    expect(r.outcome?.type).toBe('catastrophe');
    expect(r.outcome?.winner).toBeNull();
    expect(r.outcome?.ranking[2]).toBe(2);
  });

  it('flourishing after the last round if progress reaches the target: highest final impact wins', () => {
    let s = designMatch({ seats: 3, rounds: 3, balance: { progressTargetPerFactionRound: 1, eventEvery: 0 } }, 'flourish');
    while (s.phase === 'orders') s = resolveRound(s, { 1: { round: s.round, actions: [{ type: 'share', target: 'all' }] } }).state;
    const o = s.outcome!;
    expect(o.type).toBe('flourishing');
    expect(o.round).toBe(3);
    expect(o.winner).toBe(o.ranking[0]);
    for (let i = 1; i < 3; i++) expect(o.finalImpact[o.ranking[i - 1]]).toBeGreaterThanOrEqual(o.finalImpact[o.ranking[i]]);
    const shares = powerShares(s);
    for (const f of s.factions) {
      const bonus = o.agendaMet[f.seat] ? 6 : 0;
      expect(o.finalImpact[f.seat]).toBeGreaterThanOrEqual(f.impact + fairShareBonus(s, shares[f.seat]) + bonus - 1e-3);
    }
    expect(new Set(o.ranking).size).toBe(3);
  });

  it('stagnation when progress falls short: nobody wins, everyone is still ranked', () => {
    let s = designMatch({ seats: 4, rounds: 3, balance: { progressTargetPerFactionRound: 1000, eventEvery: 0 } }, 'stagnate');
    while (s.phase === 'orders') s = resolveRound(s, {}).state;
    expect(s.outcome?.type).toBe('stagnation');
    expect(s.outcome?.winner).toBeNull();
    expect([...s.outcome!.ranking].sort()).toEqual([0, 1, 2, 3]);
    expect(s.history.length).toBe(3);
  });

  it('fair-share bonus is full at 1/N and nothing at twice it', () => {
    const s = designMatch({ seats: 4 }, 'fair');
    expect(fairShareBonus(s, 0.2)).toBe(20);
    expect(fairShareBonus(s, 0.25)).toBe(20);
    expect(fairShareBonus(s, 0.375)).toBeCloseTo(10, 9);
    expect(fairShareBonus(s, 0.5)).toBe(0);
  });
});

describe('eras and risk', () => {
  it('eras change every R/3 rounds with the schedule of σ, δi and δc', () => {
    let s = designMatch({ seats: 3, rounds: 12, balance: { eventEvery: 0, progressTargetPerFactionRound: 0 } }, 'eras');
    const seen: [number, number, number, number][] = [];
    while (s.phase === 'orders') { seen.push([s.round, s.era, s.scale, s.controlDiffusion]); s = resolveRound(s, {}).state; }
    expect(seen[3]).toEqual([4, 1, 1, 0.2]);
    expect(seen[4]).toEqual([5, 2, 1.15, 0.12]);
    expect(seen[8]).toEqual([9, 3, 1.3, 0.06]);
  });

  it('an uncoordinated world adds risk each round unless defence stock covers it', () => {
    const s = quietMatch(6, { coordinationFreeFactions: 2 });
    const r = resolveRound(s, {}).state;
    expect(r.risk).toBe(s.risk + 4);
    const defended = resolveRound({ ...s, defenseStock: 30 }, {}).state;
    expect(defended.risk).toBe(s.risk);
    const allied = resolveRound({ ...s, pacts: [{ a: 0, b: 1, since: 1 }, { a: 2, b: 3, since: 1 }] }, {}).state;
    expect(allied.risk).toBe(s.risk);
  });
});
