// Turns the Colyseus room state (schema instances) into plain data the views render. This is the
// one place that knows the schema's field names (docs/PROTOCOL.md); views never touch schema.
import { toMatchView } from '../../shared/protocol';
import type { Kind, MatchView } from '../../shared/types';

export type RoomPhase = 'lobby' | 'orders' | 'resolving' | 'ended';

export interface SeatInfo {
  seat: number;
  name: string;
  kind: Kind;
  isBot: boolean;
  connected: boolean;
  submitted: boolean;
  ready: boolean;
  sessionId: string;
  /** Owner-only: the accepted draft (JSON) and the rev of the last accepted `orders`. */
  draftJson: string;
  draftRev: number;
}

export interface ChatLine { name: string; text: string; at: number; spectator: boolean; seat: number }

export interface RoomOptions { rounds: number; turnSeconds: number; seats: number; private: boolean; botLevel: string }

export interface RoomSnapshot {
  code: string;
  phase: RoomPhase;
  /** Epoch ms when the orders phase closes (0 = none). */
  deadline: number;
  hostSessionId: string;
  seats: SeatInfo[];
  spectators: number;
  chat: ChatLine[];
  options: RoomOptions;
  match: MatchView | null;
}

type Loose = Record<string, any>;

const plain = (value: any): any =>
  value && typeof value.toJSON === 'function' ? value.toJSON() : value;

const list = (value: any): any[] => {
  const v = plain(value);
  if (Array.isArray(v)) return v;
  if (v && typeof v === 'object') return Object.values(v);
  return [];
};

export function toSnapshot(state: any, roomId: string): RoomSnapshot {
  const s: Loose = plain(state) ?? {};
  const meta: Loose = s.meta ?? s;
  const seats: SeatInfo[] = list(s.seats ?? meta.seats).map((raw: Loose, i: number) => ({
    seat: typeof raw.seat === 'number' ? raw.seat : i,
    name: raw.name ?? '',
    kind: raw.kind ?? 'state',
    isBot: !!raw.isBot,
    connected: !!raw.connected,
    submitted: !!raw.submitted,
    ready: !!raw.ready,
    sessionId: raw.sessionId ?? '',
    draftJson: raw.draftJson ?? '',
    draftRev: raw.draftRev ?? 0,
  }));
  const lines = [...list(s.chat ?? meta.chat), ...list(s.spectatorChat).map((l: Loose) => ({ ...l, spectator: true }))]
    .sort((a: Loose, b: Loose) => (a.at ?? 0) - (b.at ?? 0));
  const chat: ChatLine[] = lines.map((raw: Loose) => ({
    name: raw.name ?? raw.from ?? '?',
    text: raw.text ?? '',
    at: raw.at ?? raw.time ?? 0,
    spectator: !!raw.spectator || raw.seat === -1,
    seat: typeof raw.seat === 'number' ? raw.seat : -1,
  }));
  const opts: Loose = plain(s.settings ?? s.options) ?? {};
  const match = plainMatch(state?.match);
  return {
    code: meta.code || roomId,
    phase: (meta.phase as RoomPhase) ?? 'lobby',
    deadline: Number(meta.deadline ?? 0),
    hostSessionId: meta.hostSessionId ?? '',
    seats,
    spectators: Number(meta.spectators ?? meta.spectatorCount ?? 0),
    chat,
    options: {
      rounds: Number(opts.rounds ?? meta.rounds ?? 12),
      turnSeconds: Number(opts.turnSeconds ?? meta.turnSeconds ?? 0),
      seats: Number(opts.seats ?? meta.seatCount ?? (seats.length || 3)),
      private: !!(opts.private ?? meta.private),
      botLevel: String(opts.botLevel ?? meta.botLevel ?? 'normal'),
    },
    match,
  };
}

function plainMatch(match: any): MatchView | null {
  if (!match) return null;
  const m = plain(match);
  if (!m || typeof m !== 'object') return null;
  if (!Array.isArray(m.factions) || m.factions.length === 0) return null;
  // The schema leaves null fields and the distance table out; the engine wants them back.
  return toMatchView(m);
}
