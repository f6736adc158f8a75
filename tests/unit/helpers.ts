// Test helpers: a "quiet" match where income, upkeep, diffusion, drift and events are switched
// off through the balance overrides, so one action's cost and effect can be read exactly.
import {
  createMatch, resolveRound, type Action, type Balance, type MatchOptions, type MatchState, type Seat,
} from '../../shared/index';

export const QUIET: Partial<Balance> = {
  outputFactor: 0, upkeepDistance: 0, upkeepRegions: 0, resourceDecayRate: 0,
  controlDiffusionByEra: [0, 0, 0], ideaDiffusionByEra: [0, 0, 0], eventEvery: 0, meterDrift: 0,
  investorPressure: 0, coordinationFreeFactions: 10, extractionConvergence: 0, refereeShare: 0,
  startResources: 100, resourceDecayAbove: 1000,
};

export function quietMatch(seats = 3, extra: Partial<Balance> = {}, more: Partial<MatchOptions> = {}): MatchState {
  return createMatch({ seats, rounds: 12, balance: { ...QUIET, ...extra }, ...more }, 'quiet');
}

/** Resolve one round where only `seat` acts. */
export function act(state: MatchState, seat: Seat, ...actions: Action[]): { state: MatchState; text: string } {
  const r = resolveRound(state, { [seat]: { round: state.round, actions } });
  return { state: r.state, text: r.events.map((e) => e.text).join('\n') };
}

export function seatOf(state: MatchState, kind: 'state' | 'corporation' | 'movement', nth = 0): Seat {
  return state.factions.filter((f) => f.kind === kind)[nth].seat;
}

/** A region that is not `seat`'s home, at the given distance if possible. */
export function regionAt(state: MatchState, seat: Seat, dist: number): number {
  const home = state.factions[seat].home;
  const r = state.distances[home].findIndex((d) => d === dist);
  if (r < 0) throw new Error(`no region at distance ${dist}`);
  return r;
}

/** Sets a faction's influence in a region (keeps decentralised ≤ influence). */
export function setInfluence(state: MatchState, seat: Seat, region: number, value: number): void {
  state.factions[seat].influence[region] = value;
  state.factions[seat].decentralized[region] = Math.min(state.factions[seat].decentralized[region], value);
}

/** Gives `seat` sole control of `region` (others cleared there). */
export function giveControl(state: MatchState, seat: Seat, region: number, value = 5): void {
  for (const f of state.factions) setInfluence(state, f.seat, region, 0);
  setInfluence(state, seat, region, value);
}
