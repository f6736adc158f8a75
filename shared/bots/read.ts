// What a bot reads off its own view: distances, control, power shares with blocs merged,
// the leader. Everything here is public information (no agendas, no seed).
import type { Faction, Kind, MatchView, Region, Seat } from '../types';

/** Graph distance of every region from `home` (breadth-first; the map is small). */
export function distancesFrom(regions: Region[], home: number): number[] {
  const dist = new Array<number>(regions.length).fill(-1);
  dist[home] = 0;
  const queue = [home];
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q];
    for (const n of regions[r].neighbours) {
      if (dist[n] < 0) { dist[n] = dist[r] + 1; queue.push(n); }
    }
  }
  for (let i = 0; i < dist.length; i++) if (dist[i] < 0) dist[i] = regions.length;
  return dist;
}

export function regionValue(kind: Kind, region: Region): number {
  return kind === 'movement' ? region.population : region.wealth;
}

/** The seat that controls `region` (most influence, at least 3, no tie), or -1. */
export function controller(view: MatchView, region: number): Seat {
  let best = -1; let bestInf = 0; let tie = false;
  for (const f of view.factions) {
    const inf = f.influence[region];
    if (inf > bestInf) { best = f.seat; bestInf = inf; tie = false; } else if (inf === bestInf) tie = true;
  }
  return bestInf >= 3 && !tie ? best : -1;
}

/** power_i of section 6, computed from public fields. */
export function factionPower(view: MatchView, f: Faction): number {
  let base = 0;
  for (let r = 0; r < view.regions.length; r++) {
    const inf = f.influence[r] - f.decentralized[r] / 2;
    if (inf > 0) base += inf * regionValue(f.kind, view.regions[r]);
  }
  return f.resources / 5 + 2 * f.tech + base;
}

export function shareOf(view: MatchView): number[] {
  const powers = view.factions.map((f) => factionPower(view, f));
  const total = powers.reduce((a, b) => a + b, 0) || 1;
  return powers.map((p) => p / total);
}

/** Blocs: seats linked by pacts (connected components), each sorted. */
export function blocsOf(view: MatchView): Seat[][] {
  const n = view.factions.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const p of view.pacts) parent[find(p.a)] = find(p.b);
  const groups = new Map<number, Seat[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i); else groups.set(root, [i]);
  }
  return [...groups.values()];
}

export interface Standing {
  shares: number[];
  /** The bloc holding the largest merged share, and that share. */
  leaderBloc: Seat[];
  leaderShare: number;
  /** Largest single member of the leading bloc. */
  leader: Seat;
  /** My bloc's merged share. */
  myBlocShare: number;
  partners: Seat[];
}

export function standing(view: MatchView, seat: Seat): Standing {
  const shares = shareOf(view);
  let leaderBloc: Seat[] = [seat]; let leaderShare = -1; let myBlocShare = shares[seat];
  let partners: Seat[] = [];
  for (const bloc of blocsOf(view)) {
    const s = bloc.reduce((a, i) => a + shares[i], 0);
    if (s > leaderShare) { leaderShare = s; leaderBloc = bloc; }
    if (bloc.includes(seat)) { myBlocShare = s; partners = bloc.filter((i) => i !== seat); }
  }
  let leader = leaderBloc[0];
  for (const i of leaderBloc) if (shares[i] > shares[leader]) leader = i;
  return { shares, leaderBloc, leaderShare, leader, myBlocShare, partners };
}

export function inPact(view: MatchView, a: Seat, b: Seat): boolean {
  return view.pacts.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
}
