// What a bot reads off its own view: distances, control, power shares with blocs merged,
// the leader. Everything here is public information (no agendas, no seed). The engine's own
// helpers are used wherever they exist, so a bot never disagrees with the rules it plays.
import type { Faction, MatchView, Region, Seat } from '../types';
import { powerOf, powerShares } from '../scoring';
import { blocs, controller as engineController, inPact, regionValue } from '../world';

export { inPact, regionValue };

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

/** The seat that controls `region`, or -1. */
export function controller(view: MatchView, region: number): Seat {
  return engineController(view, region) ?? -1;
}

/** power_i of section 6. */
export function factionPower(view: MatchView, f: Faction): number {
  return powerOf(view, f.seat);
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
  blocs: Seat[][];
}

export function standing(view: MatchView, seat: Seat): Standing {
  const shares = powerShares(view);
  let leaderBloc: Seat[] = [seat]; let leaderShare = -1; let myBlocShare = shares[seat];
  let partners: Seat[] = [];
  const all = blocs(view);
  for (const bloc of all) {
    let s = 0;
    for (const i of bloc) s += shares[i];
    if (s > leaderShare) { leaderShare = s; leaderBloc = bloc; }
    if (bloc.includes(seat)) { myBlocShare = s; partners = bloc.filter((i) => i !== seat); }
  }
  let leader = leaderBloc[0];
  for (const i of leaderBloc) if (shares[i] > shares[leader]) leader = i;
  return { shares, leaderBloc, leaderShare, leader, myBlocShare, partners, blocs: all };
}
