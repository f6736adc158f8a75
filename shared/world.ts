// Read-only facts about a match that rules, bots, forecast and UI all ask for: region values,
// distances, control, bases, shares, pacts and blocs. Everything takes a MatchView, so a
// MatchState works too.
import { balanceOf } from './balance';
import type { EventCardId, Faction, Kind, MatchView, PolicyId, Region, Seat } from './types';

/** State and Corporation draw on wealth, Movement on population. */
export function regionValue(kind: Kind, region: Region): number {
  return kind === 'movement' ? region.population : region.wealth;
}

/** Graph distance from a faction's home region to `region`. */
export function distance(view: MatchView, seat: Seat, region: number): number {
  return view.distances[view.factions[seat].home][region];
}

/** Influence a faction can act with in a region (decentralised influence cannot act). */
export function activeInfluence(faction: Faction, region: number): number {
  return faction.influence[region] - faction.decentralized[region];
}

/** The faction with strictly the most active influence in a region, if it has at least 3. */
export function controller(view: MatchView, region: number): Seat | null {
  const min = balanceOf(view).controlMin;
  let best: Seat | null = null;
  let bestValue = -1;
  let tie = false;
  for (const f of view.factions) {
    const v = activeInfluence(f, region);
    if (v > bestValue) { best = f.seat; bestValue = v; tie = false; } else if (v === bestValue) tie = true;
  }
  return !tie && bestValue >= min ? best : null;
}

/** Regions a faction controls. */
export function controlledRegions(view: MatchView, seat: Seat): number[] {
  const out: number[] = [];
  for (let r = 0; r < view.regions.length; r++) if (controller(view, r) === seat) out.push(r);
  return out;
}

/** Regions where a faction has any active influence ("held" for upkeep and rally). */
export function heldRegions(faction: Faction): number {
  let n = 0;
  for (let r = 0; r < faction.influence.length; r++) if (faction.influence[r] - faction.decentralized[r] > 0) n++;
  return n;
}

/**
 * base_i = Σ_r influence · regionValue, with decentralised influence at its yield (½): the
 * production base behind output and market/support share.
 */
export function baseOf(view: MatchView, seat: Seat): number {
  const f = view.factions[seat];
  const y = balanceOf(view).decentralizedYield;
  let base = 0;
  for (let r = 0; r < view.regions.length; r++) {
    const inf = f.influence[r];
    if (inf <= 0) continue;
    const dec = f.decentralized[r];
    base += (inf - dec + y * dec) * regionValue(f.kind, view.regions[r]);
  }
  return base;
}

export function bases(view: MatchView): number[] {
  return view.factions.map((f) => baseOf(view, f.seat));
}

/** Market share (Corporation) or support share (Movement): own base / all bases. */
export function baseShare(view: MatchView, seat: Seat, allBases: number[] = bases(view)): number {
  let total = 0;
  for (const b of allBases) total += b;
  return total > 0 ? allBases[seat] / total : 0;
}

export function inPact(view: MatchView, a: Seat, b: Seat): boolean {
  for (const p of view.pacts) if ((p.a === a && p.b === b) || (p.a === b && p.b === a)) return true;
  return false;
}

export function partnersOf(view: MatchView, seat: Seat): Seat[] {
  const out: Seat[] = [];
  for (const p of view.pacts) {
    if (p.a === seat) out.push(p.b); else if (p.b === seat) out.push(p.a);
  }
  return out.sort((x, y) => x - y);
}

export function hasStandard(view: MatchView, a: Seat, b: Seat): boolean {
  for (const s of view.standards) if ((s.a === a && s.b === b) || (s.a === b && s.b === a)) return true;
  return false;
}

/** Connected components of a link list over all seats, each sorted, ordered by first seat. */
export function components(seats: number, links: { a: Seat; b: Seat }[]): Seat[][] {
  // Most rounds have no pacts at all: everyone alone, in seat order, without the union-find.
  if (links.length === 0) return Array.from({ length: seats }, (_, i) => [i]);
  const parent = Array.from({ length: seats }, (_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) x = parent[x] = parent[parent[x]]; return x; };
  for (const l of links) {
    const ra = find(l.a), rb = find(l.b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, Seat[]>();
  for (let i = 0; i < seats; i++) {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i); else groups.set(root, [i]);
  }
  return [...groups.values()].sort((x, y) => x[0] - y[0]);
}

/** Blocs: sets of factions linked by pacts (a faction alone is a bloc of one). */
export function blocs(view: MatchView): Seat[][] {
  return components(view.factions.length, view.pacts);
}

/** Blocs for the balance alarm only: pacts plus philanthropic capture of a State. */
export function alarmBlocs(view: MatchView): Seat[][] {
  const links: { a: Seat; b: Seat }[] = [...view.pacts];
  for (const c of view.captures) links.push({ a: c.corporation, b: c.state });
  return components(view.factions.length, links);
}

export function isPermanentPolicy(view: MatchView, policy: PolicyId): boolean {
  return !!view.options.permanentPolicies?.includes(policy);
}

export function policyActive(view: MatchView, policy: PolicyId): boolean {
  if (isPermanentPolicy(view, policy)) return true;
  for (const p of view.policies) if (p.policy === policy && p.untilRound >= view.round) return true;
  return false;
}

/** An event card's lasting effect is in force this round. */
export function modifierActive(view: MatchView, card: EventCardId): boolean {
  for (const m of view.modifiers) if (m.card === card && m.untilRound >= view.round) return true;
  return false;
}

/** Emergency powers are active this round. */
export function emergencyActive(view: MatchView, seat: Seat): boolean {
  return view.factions[seat].emergencyUntil >= view.round;
}

/** Proprietary tech: lead over the second-highest, or 0 after a recent `share`. */
export function proprietaryTech(view: MatchView, seat: Seat): number {
  const f = view.factions[seat];
  const window = balanceOf(view).proprietaryShareWindow;
  if (f.lastShareRound > 0 && f.lastShareRound > view.round - window) return 0;
  let second = -Infinity;
  for (const o of view.factions) if (o.seat !== seat && o.tech > second) second = o.tech;
  return Math.max(0, f.tech - second);
}

/** The era of a round for R rounds (R/3 rounds per era). */
export function eraOf(round: number, rounds: number): number {
  return Math.min(3, Math.max(1, Math.ceil(round / (rounds / 3))));
}
