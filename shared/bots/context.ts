// Everything a bot derives from its view once per decision, so candidate scoring stays cheap.
import type { BotLevel, Faction, Kind, MatchView, Personality, Seat } from '../types';
import { controller, standing, type Standing } from './read';

export interface BotContext {
  view: MatchView;
  seat: Seat;
  me: Faction;
  kind: Kind;
  personality: Personality;
  level: BotLevel;
  /** Graph distance of each region from my home. */
  dist: number[];
  /** Controller of each region (-1 = nobody). */
  ctrl: number[];
  st: Standing;
  /** Rounds still to play, counting this one. */
  left: number;
  seats: number;
  /** Seat of the faction I should push against (the leader, never myself), or -1. */
  rival: Seat;
  /** How far the leader is above a fair share (0 when nobody stands out). */
  leaderExcess: number;
  /** My own agenda: visible to me, so a bot may pursue it. */
  agenda: string | null;
}

export function botContext(
  view: MatchView, seat: Seat, personality: Personality, level: BotLevel,
): BotContext {
  const me = view.factions[seat];
  const st = standing(view, seat);
  const n = view.factions.length;
  // The rival is the largest faction that is not me (nor my partner); balancers push against it.
  let rival = -1; let rivalShare = -1;
  for (let i = 0; i < n; i++) {
    if (i === seat || st.partners.includes(i)) continue;
    if (st.shares[i] > rivalShare) { rival = i; rivalShare = st.shares[i]; }
  }
  const leaderExcess = Math.max(0, rivalShare - 1 / n);
  return {
    view, seat, me, kind: me.kind, personality, level,
    dist: view.distances[me.home],
    ctrl: view.regions.map((r) => controller(view, r.id)),
    st, left: Math.max(1, view.options.rounds - view.round + 1), seats: n,
    rival, leaderExcess,
    agenda: level === 'easy' ? null : me.agenda,
  };
}
