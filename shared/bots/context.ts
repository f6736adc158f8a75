// Everything a bot derives from its view once per decision, so candidate scoring stays cheap.
import type { BotLevel, Faction, Kind, MatchView, Personality, Seat } from '../types';
import { controller, standing, type Standing } from './read';

/** How close to the threshold a rival must be for everyone to push back, and how hard. */
export const THREAT_MARGIN = 0.05;
export const THREAT_FACTOR = 2.5;

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
  /** How hard to push against the rival: above 1 when it nears the hegemony threshold. */
  threat: number;
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
  // When a rival (or its bloc) nears the threshold in the first era — a front-runner the
  // world has not yet learnt to live with — everyone but a grower closes ranks against it.
  let rivalBloc = rivalShare;
  for (const bloc of st.blocs) if (bloc.includes(rival)) { rivalBloc = 0; for (const i of bloc) rivalBloc += st.shares[i]; }
  const threat = personality !== 'grower' && view.era === 1 && rival >= 0 && rivalBloc >= view.hegemonyThreshold - THREAT_MARGIN ? THREAT_FACTOR : 1;
  return {
    view, seat, me, kind: me.kind, personality, level,
    dist: view.distances[me.home],
    ctrl: view.regions.map((r) => controller(view, r.id)),
    st, left: Math.max(1, view.options.rounds - view.round + 1), seats: n,
    rival, leaderExcess,
    agenda: level === 'easy' ? null : me.agenda,
    threat,
  };
}
