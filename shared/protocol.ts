// The wire protocol between a client (browser, bot, load tester) and the game server.
// Pure types and constants: no I/O, no Colyseus import, so the client, the server and the
// tests share one vocabulary. docs/PROTOCOL.md explains every message in sentences.
import type { Action, BotLevel, Kind, MatchView, Personality, Seat } from './types';
// toMatchView at the end is the one function here: pure, so client, bots and tests share it.

/** The one room type; its `roomId` is the room code. */
export const ROOM_NAME = 'match';

/** Upper-case letters and digits without look-alikes (no 0/O, 1/I/L, no U/V pair). */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const ROOM_CODE_LENGTH = 6;
export const ROOM_CODE_PATTERN = /^[23456789ABCDEFGHJKMNPQRSTWXYZ]{6}$/;

export const SEATS_MIN = 3;
export const SEATS_MAX = 6;
export const TURN_SECONDS_MIN = 15;
export const TURN_SECONDS_MAX = 180;
/** Default orders timer when the host sets none: era 1, then later eras. */
export const TURN_SECONDS_ERA1 = 90;
export const TURN_SECONDS_LATER = 45;
/** How long the room stays in phase 'resolving' so clients can animate a round's events. */
export const RESOLVING_SECONDS = 4;
/** A dropped person keeps the seat this long; then a bot plays it until they rejoin. */
export const RECONNECT_SECONDS = 60;

export const NAME_MAX_LENGTH = 24;
export const CHAT_MAX_LENGTH = 280;
/** Chat lines kept in state per channel (players, spectators). */
export const CHAT_HISTORY = 40;
export const SPECTATORS_MAX = 50;

export type RoomPhase = 'lobby' | 'orders' | 'resolving' | 'ended';

// ---------------------------------------------------------------- join

/** `client.create('match', options)`; the creator becomes host and takes seat 0. */
export interface CreateOptions {
  name: string;
  /** Private rooms are never listed and never matched by joinOrCreate; join by code only. */
  private?: boolean;
  /** 3..6, default 3. */
  seats?: number;
  /** 3..24, multiple of 3, default 12. */
  rounds?: number;
  /** 15..180: a fixed orders timer for every round; absent = 90 s in era 1, 45 s after. */
  turnSeconds?: number;
  /** Level of the bots that fill empty seats, default 'normal'. */
  botLevel?: BotLevel;
}

/** `client.joinById(code, options)` or `client.joinOrCreate('match', options)`. */
export interface JoinOptions {
  name: string;
  /** Join as a spectator even if a seat is free. */
  spectate?: boolean;
  /** From an earlier `seat` message: take that seat back (after a refresh or a bot took over). */
  seatToken?: string;
}

// ---------------------------------------------------------------- client → server

export interface OrdersMessage {
  /** Must equal the round being ordered (`state.round`). */
  round: number;
  actions: Action[];
  /** true = final for this round; false/absent = a draft that still counts at the deadline. */
  submit?: boolean;
  /** Any increasing number; echoed in the seat's owner-only `draftRev` once accepted. */
  rev?: number;
}
export interface ChatMessage { text: string }
export interface ReadyMessage { ready: boolean }
export interface PickSeatMessage { seat: Seat }
export interface AddBotMessage { seat: Seat; personality?: Personality }
export interface RemoveBotMessage { seat: Seat }
/** Lobby only; any subset. `turnSeconds: 0` restores the default era timer. */
export type ConfigureMessage = Partial<Omit<CreateOptions, 'name'>>;
export interface KickMessage { sessionId: string }

/** Message type → payload, for `room.send(type, payload)`. `start`, `rematch` and `backToLobby` take none. */
export interface ClientMessages {
  orders: OrdersMessage;
  chat: ChatMessage;
  ready: ReadyMessage;
  pickSeat: PickSeatMessage;
  addBot: AddBotMessage;
  removeBot: RemoveBotMessage;
  configure: ConfigureMessage;
  start: undefined;
  kick: KickMessage;
  rematch: undefined;
  backToLobby: undefined;
}
export type ClientMessageType = keyof ClientMessages;
export const CLIENT_MESSAGE_TYPES: readonly ClientMessageType[] = [
  'orders', 'chat', 'ready', 'pickSeat', 'addBot', 'removeBot', 'configure', 'start', 'kick', 'rematch', 'backToLobby',
];

// ---------------------------------------------------------------- server → client

export interface ErrorMessage {
  code: ErrorCode | string;
  message: string;
  /** The message type, or for orders the action index / field the error is about. */
  ref?: string | number;
  /** For `ORDERS_INVALID`: every rule error of the engine's validation. */
  errors?: Array<{ code: string; message: string; ref?: string | number }>;
}
/** Sent to a person when they get a seat; keep `seatToken` (localStorage) to take it back. */
export interface SeatMessage { seat: Seat; seatToken: string }

export interface ServerMessages {
  error: ErrorMessage;
  seat: SeatMessage;
}

export const ERROR_CODES = {
  /** Payload is not the shape the message type needs. */
  BAD_MESSAGE: 'BAD_MESSAGE',
  UNKNOWN_MESSAGE: 'UNKNOWN_MESSAGE',
  RATE_LIMITED: 'RATE_LIMITED',
  NOT_HOST: 'NOT_HOST',
  /** The message is not accepted in the room's current phase. */
  WRONG_PHASE: 'WRONG_PHASE',
  /** Spectators (and people without a seat) cannot do this. */
  NOT_SEATED: 'NOT_SEATED',
  BAD_SEAT: 'BAD_SEAT',
  SEAT_TAKEN: 'SEAT_TAKEN',
  /** `orders.round` is not the round being ordered. */
  STALE_ROUND: 'STALE_ROUND',
  /** The engine refused the orders; `errors` lists its rule errors. */
  ORDERS_INVALID: 'ORDERS_INVALID',
  CHAT_EMPTY: 'CHAT_EMPTY',
  CHAT_TOO_LONG: 'CHAT_TOO_LONG',
  BAD_OPTIONS: 'BAD_OPTIONS',
  /** configure would drop a seat a person sits in. */
  SEATS_OCCUPIED: 'SEATS_OCCUPIED',
  BAD_TARGET: 'BAD_TARGET',
  /** Sent just before the server closes a kicked client's connection. */
  KICKED: 'KICKED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = typeof ERROR_CODES[keyof typeof ERROR_CODES];

/** WebSocket close code the server uses for a kick (colyseus.js `onLeave(code)`). */
export const CLOSE_KICKED = 4401;

// ---------------------------------------------------------------- state (schema, as decoded)

/** One seat as every client sees it (`room.state.seats[i]`). */
export interface SeatInfo {
  seat: Seat;
  kind: Kind;
  /** Person's name, or the bot's. '' = empty seat (lobby). */
  name: string;
  isBot: boolean;
  /** A bot's personality, '' for people. */
  personality: Personality | '';
  /** The person's sessionId ('' for a bot or empty seat): `kick` takes it. */
  sessionId: string;
  /** A person is connected (false while their reconnection window runs, and after). */
  connected: boolean;
  submitted: boolean;
  ready: boolean;
  /** Owner only: JSON of the accepted actions of this round ('' = none yet). */
  draftJson?: string;
  /** Owner only: `rev` of the last accepted orders message (0 = none). */
  draftRev?: number;
}

export interface ChatLine {
  name: string;
  /** -1 for a spectator. */
  seat: number;
  text: string;
  /** Epoch ms. */
  at: number;
}

export interface RoomSettings {
  seats: number;
  rounds: number;
  /** 0 = the default era timer. */
  turnSeconds: number;
  botLevel: BotLevel;
  private: boolean;
}

/**
 * `room.state` decoded. `match` is absent in the lobby; `match.toJSON()` has the shape of the
 * viewer's `MatchView`, except that null fields (agenda, outcome, outcome.winner, hegemonyStreak) are absent.
 */
export interface RoomStateShape {
  code: string;
  phase: RoomPhase;
  /** The round being ordered / resolved (0 in the lobby). */
  round: number;
  /** Epoch ms when the current phase ends (0 = no timer: lobby, ended). */
  deadline: number;
  hostSessionId: string;
  settings: RoomSettings;
  seats: SeatInfo[];
  spectators: number;
  chat: ChatLine[];
  /** Only spectators receive the spectators' chat. */
  spectatorChat: ChatLine[];
  match?: { toJSON(): MatchView };
}

/** One entry of `GET /api/rooms`. */
export interface RoomListing {
  code: string;
  seatsTaken: number;
  seatsTotal: number;
  phase: RoomPhase;
  round: number;
  spectators: number;
  host: string;
}

// ---------------------------------------------------------------- decoding helper

/**
 * `room.state.match.toJSON()` → a `MatchView` the engine's helpers accept: null fields that the
 * schema leaves out come back as null, and `distances` (not sent: schema has no nested arrays)
 * is recomputed from the regions' neighbours. Pure; no Colyseus needed.
 */
export function toMatchView(json: unknown): MatchView {
  const m = json as Record<string, unknown> & { factions?: Array<Record<string, unknown>>; regions?: Array<{ neighbours?: number[] }> };
  // The schema keeps these two objects in place in an empty form instead of removing them
  // (server/schema.ts explains why): an outcome without a type, a streak of 0 rounds.
  if (!m.outcome || (m.outcome as { type?: string }).type === '') m.outcome = null;
  // A match that ends with nobody winning has a null winner, which the schema leaves out.
  if (m.outcome && typeof m.outcome === 'object') (m.outcome as Record<string, unknown>).winner ??= null;
  if (!m.hegemonyStreak || !(m.hegemonyStreak as { rounds?: number }).rounds) m.hegemonyStreak = null;
  for (const faction of m.factions ?? []) faction.agenda ??= null;
  for (const key of ['alarm', 'regions', 'factions', 'policies', 'pacts', 'pactOffers', 'standards', 'standardOffers',
    'captures', 'interops', 'modifiers', 'eventsDrawn', 'history', 'lastEvents']) {
    m[key] ??= [];
  }
  if (!Array.isArray(m.distances)) m.distances = regionDistances((m.regions ?? []).map((r) => r.neighbours ?? []));
  return m as unknown as MatchView;
}

/** Graph distance between every pair of regions (breadth-first from each). */
export function regionDistances(neighbours: number[][]): number[][] {
  return neighbours.map((_, from) => {
    const dist = neighbours.map(() => Infinity);
    dist[from] = 0;
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      const here = queue[i];
      for (const next of neighbours[here] ?? []) {
        if (dist[next] === Infinity) { dist[next] = dist[here] + 1; queue.push(next); }
      }
    }
    return dist;
  });
}
