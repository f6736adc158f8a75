// The data model of a match. Plain JSON-safe data only: the server stores it, replays it,
// projects it per viewer; the client and bots read the projected `MatchView`.
// Field names follow DESIGN.md so rules, protocol, UI and docs speak one vocabulary.
import type { Balance } from './balance';

export type Kind = 'state' | 'corporation' | 'movement';
export const KINDS: readonly Kind[] = ['state', 'corporation', 'movement'];

export type Personality = 'grower' | 'pluralist' | 'balancer';
export type BotLevel = 'easy' | 'normal' | 'hard';

export type PolicyId = 'antitrust' | 'diffusionMandate' | 'harbergerIP' | 'publicServices' | 'surveillance';
export const POLICY_IDS: readonly PolicyId[] = [
  'antitrust', 'diffusionMandate', 'harbergerIP', 'publicServices', 'surveillance',
];

export type AgendaId =
  | 'institutionalist' | 'trustBuster' | 'openSociety' | 'shieldBuilder' | 'marketMaker'
  | 'missionDriven' | 'thousandFlowers' | 'fourthEstate' | 'interoperator' | 'kingbreaker'
  | 'bridge' | 'diffuser';

export type EventCardId =
  | 'aiScaling' | 'openSourceWave' | 'lobbyingScandal' | 'populistLeader' | 'borderAdjustment'
  | 'pandemic' | 'reverseEngineered' | 'remoteWork' | 'mergerWave' | 'civicRenaissance';

export type OutcomeType = 'hegemony' | 'catastrophe' | 'flourishing' | 'stagnation';

/** Seat index 0..seats-1. A faction is identified by its seat. */
export type Seat = number;

export interface MatchOptions {
  /** 3..6 */
  seats: number;
  /** R, default 12; a multiple of 3 so eras split evenly (3..24 accepted). */
  rounds: number;
  /** Faction display names by seat; defaults are generated. */
  names?: string[];
  /**
   * Overrides of the balance table, for simulations and tests only: the server never accepts
   * it from a client.
   */
  balance?: Partial<Balance>;
  /** Policies in force for the whole match (cannot be repealed, do not count toward the 3). */
  permanentPolicies?: PolicyId[];
}

// ---------------------------------------------------------------- actions

/** `amount` (integer ≥ 1) scales effect × a and cost × a² on the actions marked *a*. */
export type Action =
  | { type: 'expand'; region: number; amount: number }
  | { type: 'research'; amount: number }
  | { type: 'share'; target: Seat | 'all' }
  | { type: 'defend'; amount: number }
  | { type: 'decentralize'; region: number; amount: number }
  | { type: 'standard'; target: Seat }
  | { type: 'pact'; target: Seat }
  /** Also withdraws my open offer to `target`, or declines `target`'s open offer to me. */
  | { type: 'breakPact'; target: Seat }
  | { type: 'legislate'; policy: PolicyId }
  | { type: 'police'; region: number; amount: number }
  | { type: 'subsidize'; target: Seat; amount: number }
  | { type: 'emergencyPowers' }
  | { type: 'endEmergency' }
  | { type: 'lobby'; policy: PolicyId; mode: 'enact' | 'repeal' }
  | { type: 'extract'; region: number; amount: number }
  | { type: 'acquire'; target: Seat; region: number; amount: number }
  | { type: 'philanthropy'; target: Seat; amount: number }
  | { type: 'mission' }
  | { type: 'organize'; region: number; amount: number }
  | { type: 'rally' }
  | { type: 'protest'; target: Seat; region: number; amount: number }
  | { type: 'campaign'; policy: PolicyId }
  | { type: 'expose'; target: Seat }
  | { type: 'interop'; target: Seat; region: number };

export type ActionType = Action['type'];

/** One seat's orders for one round. */
export interface Orders {
  round: number;
  actions: Action[];
}

export type OrdersBySeat = Partial<Record<Seat, Orders>>;

// ---------------------------------------------------------------- errors

/** Errors are values with a stable machine `code` and a sentence for people. */
export interface RuleError {
  code: string;
  message: string;
  /** Which action (index in the orders) or field the error is about. */
  ref?: string | number;
}

export type ValidationResult = { ok: true; orders: Orders } | { ok: false; errors: RuleError[] };

// ---------------------------------------------------------------- world

export interface Region {
  id: number;
  name: string;
  /** Board layout position, 0..1 in both axes (the client scales it). */
  x: number;
  y: number;
  neighbours: number[];
  /** 1..5 */
  population: number;
  /** 1..5 */
  wealth: number;
}

export interface PolicyInForce {
  policy: PolicyId;
  enactedRound: number;
  /** Last round in which it is in force. */
  untilRound: number;
  by: Seat;
}

export interface Pact { a: Seat; b: Seat; since: number }
export interface Offer { from: Seat; to: Seat; round: number }
export interface Standard { a: Seat; b: Seat; untilRound: number }
export interface Capture { corporation: Seat; state: Seat; untilRound: number }
export interface Interop { movement: Seat; corporation: Seat; region: number; untilRound: number }
/** An event card's lasting effect, in force from the round after it was drawn through `untilRound`. */
export interface ActiveModifier { card: EventCardId; untilRound: number }

/** Running counters that the agendas and summary read. */
export interface FactionStats {
  shares: number;
  riskRemoved: number;
  techGivenByShare: number;
  exposed: Seat[];
  interops: number;
  standardsWith: Seat[];
  triggeredAlarm: boolean;
  riskAdded: number;
  /** Rounds of the antitrust policy in force seen by this faction (same for all; kept per faction for agendas). */
  antitrustRounds: number;
  /** Sum of research amounts ordered (resolved). */
  research: number;
  /** Sum of √output earned over the match (the per-round impact before action bonuses). */
  outputImpact: number;
}

export interface Faction {
  seat: Seat;
  kind: Kind;
  name: string;
  /** Colour-blind-safe palette entry, CSS hex. */
  colour: string;
  /** 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon' | 'star' */
  shape: string;
  home: number;
  resources: number;
  tech: number;
  /** 0..100 */
  legitimacy: number;
  impact: number;
  /** influence[region] 0..10 */
  influence: number[];
  /** decentralized[region] ≤ influence[region] */
  decentralized: number[];
  /** personalism (State), extraction (Corporation) or unity (Movement), 0..100 */
  meter: number;
  /** Secret: in a view, null unless it is the viewer's own, exposed, or the match ended. */
  agenda: AgendaId | null;
  agendaPublic: boolean;
  /** Last round in which this faction ordered `share` (0 = never). */
  lastShareRound: number;
  /** State only: emergency powers active through this round (0 = none). */
  emergencyUntil: number;
  /** Output of the last resolved round (for display and impact). */
  lastOutput: number;
  stats: FactionStats;
}

/** Per-round figures for the summary charts (appended after each resolved round). */
export interface RoundRecord {
  round: number;
  powerShares: number[];
  concentration: number;
  progress: number;
  progressTarget: number;
  risk: number;
}

export interface Outcome {
  type: OutcomeType;
  /** The winning seat, if any (hegemon, or highest impact on flourishing). */
  winner: Seat | null;
  /** Every seat, best first. */
  ranking: Seat[];
  /** Final impact per seat, including agenda and fair-share bonuses. */
  finalImpact: number[];
  /** Whether each seat's agenda was met. */
  agendaMet: boolean[];
  round: number;
  text: string;
}

/**
 * Something that happened, readable as a sentence. `visibleTo` limits a private event
 * (e.g. a pact offer) to those seats; absent = public.
 */
export interface GameEvent {
  type: string;
  text: string;
  round: number;
  seat?: Seat;
  target?: Seat;
  region?: number;
  value?: number;
  visibleTo?: Seat[];
  /** For drawn event cards. */
  card?: EventCardId;
}

export type Phase = 'orders' | 'ended';

/** The authoritative match state. Contains secrets: never send it to a client as is. */
export interface MatchState {
  version: 1;
  options: MatchOptions;
  /** Secret. */
  seed: string;
  /** Secret: the PRNG's internal state. */
  rng: number[];
  phase: Phase;
  /** The round being ordered (1-based); after the end, the last round played. */
  round: number;
  era: number;
  /** σ for the round being ordered: the era's value plus event boosts (policies apply on top). */
  scale: number;
  /** δi for the round being ordered: the era's value plus event boosts (policies apply on top). */
  ideaDiffusion: number;
  controlDiffusion: number;
  risk: number;
  defenseStock: number;
  progress: number;
  progressTarget: number;
  concentration: number;
  /** Balance alarm: seats of the faction/bloc at or above the alarm line (`alarmLine`), else empty. */
  alarm: Seat[];
  hegemonyThreshold: number;
  /** Consecutive round ends the same faction/bloc held ≥ threshold; bloc key = sorted seats. */
  hegemonyStreak: { bloc: Seat[]; rounds: number } | null;
  regions: Region[];
  /** Graph distance between every pair of regions: distances[from][to]. */
  distances: number[][];
  factions: Faction[];
  policies: PolicyInForce[];
  pacts: Pact[];
  pactOffers: Offer[];
  standards: Standard[];
  standardOffers: Offer[];
  captures: Capture[];
  interops: Interop[];
  modifiers: ActiveModifier[];
  /** Secret: the order of the seeded event deck. */
  eventDeck: EventCardId[];
  /** Public: event cards already drawn, oldest first, with the round each was drawn. */
  eventsDrawn: { card: EventCardId; round: number }[];
  history: RoundRecord[];
  /** Events of the last resolved round. */
  lastEvents: GameEvent[];
  outcome: Outcome | null;
}

export type Viewer = Seat | 'spectator';

/**
 * What one viewer may see: no seed, no RNG state, no event deck, other seats' agendas null
 * (until exposed or the match ended), offers only between the viewer and someone else,
 * private events only for their parties. `MatchState` is assignable to it, so functions that
 * only read public facts (validation, costs, bots, forecast) take a `MatchView`.
 */
export interface MatchView extends Omit<MatchState, 'seed' | 'rng' | 'eventDeck'> {
  viewer?: Viewer;
}

export interface ResolveResult {
  state: MatchState;
  events: GameEvent[];
}
