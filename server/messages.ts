// Shape checks for every client message. A message arrives as whatever msgpack decoded (any
// JSON-like value, or a byte buffer), so each check starts from `unknown` and either returns a
// typed payload or an error value; nothing here throws or trusts a prototype.
import type { BotLevel, Personality } from '../shared/types';
import {
  CHAT_MAX_LENGTH, ERROR_CODES, NAME_MAX_LENGTH, SEATS_MAX, SEATS_MIN, TURN_SECONDS_MAX, TURN_SECONDS_MIN,
  type AddBotMessage, type ChatMessage, type ConfigureMessage, type CreateOptions, type ErrorMessage,
  type KickMessage, type PickSeatMessage, type ReadyMessage, type RemoveBotMessage,
} from '../shared/protocol';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: ErrorMessage };

const PERSONALITIES: readonly Personality[] = ['grower', 'pluralist', 'balancer'];
const BOT_LEVELS: readonly BotLevel[] = ['easy', 'normal', 'hard'];

function bad(ref: string, message: string, code: string = ERROR_CODES.BAD_MESSAGE): { ok: false; error: ErrorMessage } {
  return { ok: false, error: { code, message, ref } };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value)
    && !(value instanceof ArrayBuffer) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Collapse whitespace, drop control characters, cut to `max`. */
export function cleanText(value: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ').trim().slice(0, max);
}

export function cleanName(value: unknown, fallback = 'Player'): string {
  if (typeof value !== 'string') return fallback;
  return cleanText(value, NAME_MAX_LENGTH) || fallback;
}

export interface OrdersPayload { round: number; actions: unknown[]; submit: boolean; rev: number | null }

export function checkOrders(message: unknown): Checked<OrdersPayload> {
  if (!isRecord(message)) return bad('orders', 'orders must be an object {round, actions, submit?, rev?}');
  const round = own(message, 'round');
  const actions = own(message, 'actions');
  const submit = own(message, 'submit');
  const rev = own(message, 'rev');
  if (!isInt(round)) return bad('orders', 'orders.round must be an integer');
  if (!Array.isArray(actions)) return bad('orders', 'orders.actions must be an array of actions');
  if (actions.length > 12) return bad('orders', 'orders.actions is far longer than any legal order set');
  if (submit !== undefined && submit !== null && typeof submit !== 'boolean') return bad('orders', 'orders.submit must be true or false');
  if (rev !== undefined && rev !== null && !(typeof rev === 'number' && Number.isFinite(rev))) {
    return bad('orders', 'orders.rev must be a number');
  }
  return { ok: true, value: { round, actions, submit: submit === true, rev: typeof rev === 'number' ? rev : null } };
}

export function checkChat(message: unknown): Checked<ChatMessage> {
  if (!isRecord(message) || typeof own(message, 'text') !== 'string') return bad('chat', 'chat must be {text: string}');
  const raw = own(message, 'text') as string;
  if (raw.length > CHAT_MAX_LENGTH) {
    return bad('chat', `chat lines are at most ${CHAT_MAX_LENGTH} characters`, ERROR_CODES.CHAT_TOO_LONG);
  }
  const text = cleanText(raw, CHAT_MAX_LENGTH);
  if (!text) return bad('chat', 'chat line is empty', ERROR_CODES.CHAT_EMPTY);
  return { ok: true, value: { text } };
}

export function checkReady(message: unknown): Checked<ReadyMessage> {
  if (!isRecord(message) || typeof own(message, 'ready') !== 'boolean') return bad('ready', 'ready must be {ready: boolean}');
  return { ok: true, value: { ready: own(message, 'ready') as boolean } };
}

function checkSeatField(message: unknown, ref: string): Checked<{ seat: number }> {
  if (!isRecord(message) || !isInt(own(message, 'seat'))) return bad(ref, `${ref} must be {seat: integer}`);
  const seat = own(message, 'seat') as number;
  if (seat < 0 || seat >= SEATS_MAX) return bad(ref, `seat ${seat} does not exist`, ERROR_CODES.BAD_SEAT);
  return { ok: true, value: { seat } };
}

export function checkPickSeat(message: unknown): Checked<PickSeatMessage> {
  return checkSeatField(message, 'pickSeat');
}

export function checkRemoveBot(message: unknown): Checked<RemoveBotMessage> {
  return checkSeatField(message, 'removeBot');
}

export function checkAddBot(message: unknown): Checked<AddBotMessage> {
  const seat = checkSeatField(message, 'addBot');
  if (!seat.ok) return seat;
  const personality = own(message as Record<string, unknown>, 'personality');
  if (personality !== undefined && personality !== null && !PERSONALITIES.includes(personality as Personality)) {
    return bad('addBot', `personality must be one of ${PERSONALITIES.join(', ')}`);
  }
  return { ok: true, value: { seat: seat.value.seat, personality: (personality ?? undefined) as Personality | undefined } };
}

export function checkKick(message: unknown): Checked<KickMessage> {
  if (!isRecord(message) || typeof own(message, 'sessionId') !== 'string') return bad('kick', 'kick must be {sessionId: string}');
  return { ok: true, value: { sessionId: own(message, 'sessionId') as string } };
}

/** `start` and `rematch` take no payload; an empty object is tolerated. */
export function checkEmpty(message: unknown, ref: string): Checked<null> {
  if (message === undefined || message === null || (isRecord(message) && Object.keys(message).length === 0)) {
    return { ok: true, value: null };
  }
  return bad(ref, `${ref} takes no payload`);
}

/** configure: strict — an out-of-range value is refused, not clamped. */
export function checkConfigure(message: unknown): Checked<ConfigureMessage> {
  if (!isRecord(message)) return bad('configure', 'configure must be an object of settings');
  const allowed = new Set(['private', 'seats', 'rounds', 'turnSeconds', 'botLevel']);
  for (const key of Object.keys(message)) {
    if (!allowed.has(key)) return bad('configure', `unknown setting "${key.slice(0, 40)}"`, ERROR_CODES.BAD_OPTIONS);
  }
  const out: ConfigureMessage = {};
  const priv = own(message, 'private');
  if (priv !== undefined) {
    if (typeof priv !== 'boolean') return bad('configure', 'private must be true or false', ERROR_CODES.BAD_OPTIONS);
    out.private = priv;
  }
  const seats = own(message, 'seats');
  if (seats !== undefined) {
    if (!isInt(seats) || seats < SEATS_MIN || seats > SEATS_MAX) {
      return bad('configure', `seats must be an integer ${SEATS_MIN}–${SEATS_MAX}`, ERROR_CODES.BAD_OPTIONS);
    }
    out.seats = seats;
  }
  const rounds = own(message, 'rounds');
  if (rounds !== undefined) {
    if (!isInt(rounds) || rounds < 3 || rounds > 24 || rounds % 3 !== 0) {
      return bad('configure', 'rounds must be a multiple of 3 from 3 to 24', ERROR_CODES.BAD_OPTIONS);
    }
    out.rounds = rounds;
  }
  const turnSeconds = own(message, 'turnSeconds');
  if (turnSeconds !== undefined) {
    if (!isInt(turnSeconds) || (turnSeconds !== 0 && (turnSeconds < TURN_SECONDS_MIN || turnSeconds > TURN_SECONDS_MAX))) {
      return bad('configure', `turnSeconds must be 0 (era default) or ${TURN_SECONDS_MIN}–${TURN_SECONDS_MAX}`, ERROR_CODES.BAD_OPTIONS);
    }
    out.turnSeconds = turnSeconds;
  }
  const botLevel = own(message, 'botLevel');
  if (botLevel !== undefined) {
    if (!BOT_LEVELS.includes(botLevel as BotLevel)) {
      return bad('configure', `botLevel must be one of ${BOT_LEVELS.join(', ')}`, ERROR_CODES.BAD_OPTIONS);
    }
    out.botLevel = botLevel as BotLevel;
  }
  return { ok: true, value: out };
}

export interface Settings { private: boolean; seats: number; rounds: number; turnSeconds: number; botLevel: BotLevel }

/** Create options are forgiving: anything out of range is clamped to the nearest legal value. */
export function settingsFromCreate(options: unknown): Settings & { name: string } {
  const record: Record<string, unknown> = isRecord(options) ? options : {};
  const num = (key: keyof CreateOptions, fallback: number): number => {
    const value = own(record, key);
    return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
  };
  const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));
  const seats = clamp(num('seats', 3), SEATS_MIN, SEATS_MAX);
  const rounds = clamp(Math.round(num('rounds', 12) / 3) * 3, 3, 24);
  const rawTurn = num('turnSeconds', 0);
  const turnSeconds = rawTurn <= 0 ? 0 : clamp(rawTurn, TURN_SECONDS_MIN, TURN_SECONDS_MAX);
  const level = own(record, 'botLevel');
  const botLevel = BOT_LEVELS.includes(level as BotLevel) ? level as BotLevel : 'normal';
  return { name: cleanName(own(record, 'name')), private: own(record, 'private') === true, seats, rounds, turnSeconds, botLevel };
}
