// Copying and rounding the match state. resolveRound never mutates its input, so it works on a
// copy; a hand-written copy is several times faster than a JSON round trip and needs no host API.
// Regions, distances, options and history records are never mutated after creation, so copies
// share them.
import type { Faction, MatchState } from './types';

export function cloneFaction(f: Faction): Faction {
  return {
    ...f,
    influence: f.influence.slice(),
    decentralized: f.decentralized.slice(),
    stats: { ...f.stats, exposed: f.stats.exposed.slice(), standardsWith: f.stats.standardsWith.slice() },
  };
}

export function cloneState(s: MatchState): MatchState {
  return {
    ...s,
    rng: s.rng.slice(),
    alarm: s.alarm.slice(),
    hegemonyStreak: s.hegemonyStreak ? { bloc: s.hegemonyStreak.bloc.slice(), rounds: s.hegemonyStreak.rounds } : null,
    factions: s.factions.map(cloneFaction),
    policies: s.policies.map((p) => ({ ...p })),
    pacts: s.pacts.map((p) => ({ ...p })),
    pactOffers: s.pactOffers.map((o) => ({ ...o })),
    standards: s.standards.map((x) => ({ ...x })),
    standardOffers: s.standardOffers.map((o) => ({ ...o })),
    captures: s.captures.map((c) => ({ ...c })),
    interops: s.interops.map((i) => ({ ...i })),
    modifiers: s.modifiers.map((m) => ({ ...m })),
    eventDeck: s.eventDeck.slice(),
    eventsDrawn: s.eventsDrawn.slice(),
    history: s.history.slice(),
    lastEvents: s.lastEvents.slice(),
  };
}

/** Round to 1e-4 so replays never hinge on last-bit floating-point differences. */
export function r4(v: number): number {
  return Math.round(v * 10000) / 10000;
}

/** Round every stored quantity that arithmetic touches. */
export function roundState(s: MatchState): void {
  s.risk = r4(s.risk);
  s.defenseStock = r4(s.defenseStock);
  s.progress = r4(s.progress);
  s.concentration = r4(s.concentration);
  s.scale = r4(s.scale);
  s.ideaDiffusion = r4(s.ideaDiffusion);
  s.controlDiffusion = r4(s.controlDiffusion);
  for (const f of s.factions) {
    f.resources = r4(f.resources);
    f.tech = r4(f.tech);
    f.legitimacy = r4(f.legitimacy);
    f.impact = r4(f.impact);
    f.meter = r4(f.meter);
    f.lastOutput = r4(f.lastOutput);
    f.stats.riskRemoved = r4(f.stats.riskRemoved);
    f.stats.techGivenByShare = r4(f.stats.techGivenByShare);
    f.stats.outputImpact = r4(f.stats.outputImpact);
    const inf = f.influence, dec = f.decentralized;
    for (let r = 0; r < inf.length; r++) { inf[r] = r4(inf[r]); dec[r] = r4(dec[r]); }
  }
}

/** Clamp: influence 0..max (decentralised within it), meters and legitimacy 0..100, resources ≥ 0. */
export function clampState(s: MatchState, maxInfluence: number): void {
  if (s.risk < 0) s.risk = 0;
  for (const f of s.factions) {
    if (f.resources < 0) f.resources = 0;
    if (f.tech < 0) f.tech = 0;
    f.legitimacy = clamp(f.legitimacy, 0, 100);
    f.meter = clamp(f.meter, 0, 100);
    const inf = f.influence, dec = f.decentralized;
    for (let r = 0; r < inf.length; r++) {
      inf[r] = clamp(inf[r], 0, maxInfluence);
      dec[r] = clamp(dec[r], 0, inf[r]);
    }
  }
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
