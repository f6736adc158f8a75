// Copying and rounding the match state. resolveRound never mutates its input, so it works on a
// copy; a hand-written copy is several times faster than a JSON round trip and needs no host API.
// Regions, distances, options and history records are never mutated after creation, so copies
// share them.
import type { Faction, MatchState } from './types';

// Field by field rather than by spread: this runs for every faction every round.
export function cloneFaction(f: Faction): Faction {
  const st = f.stats;
  return {
    seat: f.seat, kind: f.kind, name: f.name, colour: f.colour, shape: f.shape, home: f.home,
    resources: f.resources, tech: f.tech, legitimacy: f.legitimacy, impact: f.impact,
    influence: f.influence.slice(), decentralized: f.decentralized.slice(), meter: f.meter,
    agenda: f.agenda, agendaPublic: f.agendaPublic, lastShareRound: f.lastShareRound,
    emergencyUntil: f.emergencyUntil, lastOutput: f.lastOutput,
    stats: {
      shares: st.shares, riskRemoved: st.riskRemoved, techGivenByShare: st.techGivenByShare,
      exposed: st.exposed.slice(), interops: st.interops, standardsWith: st.standardsWith.slice(),
      triggeredAlarm: st.triggeredAlarm, riskAdded: st.riskAdded, antitrustRounds: st.antitrustRounds,
      research: st.research, outputImpact: st.outputImpact,
    },
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

/**
 * After a stage: clamp (influence 0..max with decentralised within it, legitimacy and meters
 * 0..100, resources and tech ≥ 0, risk ≥ 0), then round every stored quantity to 1e-4.
 * `influence` = false skips the per-region arrays for stages that never touch them.
 */
export function settleState(s: MatchState, maxInfluence: number, influence = true): void {
  s.risk = r4(s.risk < 0 ? 0 : s.risk);
  s.defenseStock = r4(s.defenseStock);
  s.progress = r4(s.progress);
  s.concentration = r4(s.concentration);
  s.scale = r4(s.scale);
  s.ideaDiffusion = r4(s.ideaDiffusion);
  s.controlDiffusion = r4(s.controlDiffusion);
  for (const f of s.factions) {
    f.resources = r4(f.resources < 0 ? 0 : f.resources);
    f.tech = r4(f.tech < 0 ? 0 : f.tech);
    f.legitimacy = r4(clamp(f.legitimacy, 0, 100));
    f.impact = r4(f.impact);
    f.meter = r4(clamp(f.meter, 0, 100));
    f.lastOutput = r4(f.lastOutput);
    const st = f.stats;
    st.riskRemoved = r4(st.riskRemoved);
    st.techGivenByShare = r4(st.techGivenByShare);
    st.outputImpact = r4(st.outputImpact);
    st.riskAdded = r4(st.riskAdded);
    if (!influence) continue;
    const inf = f.influence, dec = f.decentralized;
    for (let r = 0; r < inf.length; r++) {
      const v = r4(clamp(inf[r], 0, maxInfluence));
      inf[r] = v;
      const d = dec[r];
      dec[r] = d <= 0 ? 0 : d >= v ? v : r4(d);
    }
  }
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
