// Power, shares, blocs and concentration (DESIGN.md section 6): the numbers behind the balance
// alarm, hegemony and the fair-share bonus.
import { balanceOf } from './balance';
import { alarmBlocs, blocs, regionValue } from './world';
import type { MatchView, Seat } from './types';

/** power_i = resources/5 + 2·tech + Σ_r influence·regionValue (decentralised influence at half). */
export function powerOf(view: MatchView, seat: Seat): number {
  const b = balanceOf(view);
  const f = view.factions[seat];
  let p = f.resources / b.powerResourceDivisor + b.powerTechWeight * f.tech;
  for (let r = 0; r < view.regions.length; r++) {
    const inf = f.influence[r];
    if (inf <= 0) continue;
    const dec = f.decentralized[r];
    p += (inf - dec + b.decentralizedPower * dec) * regionValue(f.kind, view.regions[r]);
  }
  return p;
}

export function powers(view: MatchView): number[] {
  return view.factions.map((f) => powerOf(view, f.seat));
}

/** power_i / total power, per seat. */
export function powerShares(view: MatchView): number[] {
  const p = powers(view);
  let total = 0;
  for (const v of p) total += v;
  return p.map((v) => (total > 0 ? v / total : 1 / p.length));
}

/** Share of power held by each group of seats. */
export function groupShares(shares: number[], groups: Seat[][]): number[] {
  return groups.map((g) => g.reduce((sum, s) => sum + shares[s], 0));
}

/** HHI = Σ share², with pact blocs merged into one power. */
export function concentration(view: MatchView, shares: number[] = powerShares(view)): number {
  let hhi = 0;
  for (const s of groupShares(shares, blocs(view))) hhi += s * s;
  return hhi;
}

/** max(hegemonyMin, hegemonyPerSeat / N) of total power. */
export function hegemonyThreshold(view: MatchView): number {
  const b = balanceOf(view);
  return Math.max(b.hegemonyMin, b.hegemonyPerSeat / view.factions.length);
}

/** The largest group and its share (ties: the group with the lowest seat — stable, not advantageous). */
export function largestGroup(shares: number[], groups: Seat[][]): { seats: Seat[]; share: number } {
  const gs = groupShares(shares, groups);
  let best = 0;
  for (let i = 1; i < gs.length; i++) if (gs[i] > gs[best] + 1e-12) best = i;
  return { seats: groups[best], share: gs[best] };
}

/**
 * The share at which the balance alarm sounds: threshold − min(margin, gapShare × (threshold − 1/N)).
 * Always above a fair share, so it means "pulling clearly ahead", not "happens to lead".
 * The one rule the engine, agendas, forecast and client all read.
 */
export function alarmLine(view: MatchView): number {
  const b = balanceOf(view);
  const threshold = hegemonyThreshold(view);
  const fair = 1 / view.factions.length;
  return threshold - Math.min(b.alarmMargin, b.alarmFairGapShare * Math.max(0, threshold - fair));
}

/** The bloc (pacts and captures) that sounds the balance alarm, or [] if none. */
export function alarmSeats(view: MatchView, shares: number[] = powerShares(view)): Seat[] {
  const top = largestGroup(shares, alarmBlocs(view));
  return top.share >= alarmLine(view) ? top.seats.slice() : [];
}

/** 20 · max(0, 1 − N · max(0, share − 1/N)): full at a fair share, nothing at twice it. */
export function fairShareBonus(view: MatchView, share: number): number {
  const n = view.factions.length;
  return balanceOf(view).fairShareBonus * Math.max(0, 1 - n * Math.max(0, share - 1 / n));
}
