// The thin network layer: one Session per room the page is in. It joins, keeps the tokens that
// take a seat back after a refresh, re-joins after a dropped connection, and hands views plain
// snapshots. Views call `send*` helpers; they never see colyseus.js.
import { Client, type Room } from 'colyseus.js';
import type { Action } from '../../shared/types';
import { describeError, matchmakeErrorToText, type ServerError } from './errors';
import { toSnapshot, type RoomSnapshot } from './snapshot';

export type Role = 'player' | 'spectator';

export interface CreateOptions {
  name: string; private?: boolean; seats?: number; rounds?: number; turnSeconds?: number; botLevel?: string;
}

type Listener = () => void;

const ROOM_NAME = 'match';
const store = {
  seat(code: string): { seat: number; seatToken: string } | null {
    try { return JSON.parse(localStorage.getItem(`bop.seat.${code}`) ?? 'null'); } catch { return null; }
  },
  setSeat(code: string, seat: number, seatToken: string) {
    localStorage.setItem(`bop.seat.${code}`, JSON.stringify({ seat, seatToken }));
  },
  reconnect(code: string): string | null { return sessionStorage.getItem(`bop.reconnect.${code}`); },
  setReconnect(code: string, token: string) { sessionStorage.setItem(`bop.reconnect.${code}`, token); },
  role(code: string): Role | null { return sessionStorage.getItem(`bop.role.${code}`) as Role | null; },
  setRole(code: string, role: Role) { sessionStorage.setItem(`bop.role.${code}`, role); },
  forget(code: string) {
    sessionStorage.removeItem(`bop.reconnect.${code}`);
    sessionStorage.removeItem(`bop.role.${code}`);
  },
};

export function serverEndpoint(): string {
  const configured = import.meta.env.VITE_SERVER_URL as string | undefined;
  if (configured) return configured;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
}

let sharedClient: Client | null = null;
export function gameClient(): Client {
  sharedClient ??= new Client(serverEndpoint());
  return sharedClient;
}

export class Session {
  snapshot: RoomSnapshot;
  /** My seat, from the server's `seat` message (null while spectating or before it arrives). */
  seat: number | null = null;
  /** "Play vs bots": the room view fills empty seats with bots and starts at once. */
  autoStart = false;
  private rev = 0;
  private listeners = new Set<Listener>();
  private errorListeners = new Set<(text: string, err: ServerError) => void>();
  private closedListeners = new Set<(text: string) => void>();
  private leaving = false;

  private constructor(public room: Room, public role: Role) {
    this.snapshot = toSnapshot(room.state, room.roomId);
    this.bind(room);
  }

  get code(): string { return this.room.roomId; }
  get sessionId(): string { return this.room.sessionId; }
  get isHost(): boolean { return this.snapshot.hostSessionId === this.room.sessionId; }
  /** My seat: the server's word (seats[i].sessionId) first, the `seat` message as a fallback. */
  get mySeat(): number | null {
    const mine = this.snapshot.seats.find((s) => s.sessionId && s.sessionId === this.room.sessionId);
    if (mine) return mine.seat;
    return this.role === 'spectator' ? null : this.seat;
  }
  /** Watching: asked to spectate, or joined a match that had no free seat. */
  get isSpectator(): boolean { return this.mySeat === null && this.snapshot.phase !== 'lobby'; }

  static async create(options: CreateOptions): Promise<Session> {
    const room = await gameClient().create(ROOM_NAME, options);
    return Session.adopt(room, 'player');
  }

  /** Opens a room by code: takes the old connection or seat back when this browser had one. */
  static async open(code: string, name: string, wantRole?: Role): Promise<Session> {
    code = code.trim().toUpperCase();
    const role: Role = wantRole ?? store.role(code) ?? 'player';
    const token = store.reconnect(code);
    if (token && (!wantRole || wantRole === store.role(code))) {
      try {
        const room = await gameClient().reconnect(token);
        return Session.adopt(room, role);
      } catch { /* the token expired: join again below */ }
    }
    const seat = role === 'player' ? store.seat(code) : null;
    try {
      const room = await gameClient().joinById(code, {
        name, spectate: role === 'spectator' || undefined, seatToken: seat?.seatToken,
      });
      return Session.adopt(room, role);
    } catch (e) {
      throw new Error(matchmakeErrorToText(e, code));
    }
  }

  private static async adopt(room: Room, role: Role): Promise<Session> {
    // Bind before anything else: the server sends `seat` right after the join, maybe before
    // the first state, and a message without a handler is lost.
    const session = new Session(room, role);
    store.setReconnect(room.roomId, room.reconnectionToken);
    store.setRole(room.roomId, role);
    await waitForFirstState(room);
    session.snapshot = toSnapshot(room.state, room.roomId);
    const saved = store.seat(room.roomId);
    if (role === 'player' && session.seat === null && saved) session.seat = saved.seat;
    return session;
  }

  private bind(room: Room): void {
    room.onStateChange((state) => {
      this.snapshot = toSnapshot(state, room.roomId);
      for (const fn of this.listeners) fn();
    });
    room.onMessage('seat', (msg: { seat: number; seatToken: string }) => {
      this.seat = msg.seat;
      if (msg.seatToken) store.setSeat(room.roomId, msg.seat, msg.seatToken);
      for (const fn of this.listeners) fn();
    });
    room.onMessage('error', (err: ServerError) => {
      const text = describeError(err);
      for (const fn of this.errorListeners) fn(text, err);
    });
    // Messages we do not act on must still have a handler, or colyseus.js warns in the console.
    room.onMessage('*', () => {});
    room.onError((code, message) => {
      for (const fn of this.errorListeners) fn(message || `Connection error ${code}`, { code: String(code), message: message ?? '' });
    });
    room.onLeave((code) => { void this.handleLeave(code); });
  }

  private async handleLeave(code: number): Promise<void> {
    if (this.leaving || code === 1000) return;
    if (code === 4401) {
      store.forget(this.code);
      for (const fn of this.closedListeners) fn('The host removed you from the room.');
      return;
    }
    // The connection dropped: try to take the same seat back, a few times, without asking.
    const token = this.room.reconnectionToken;
    for (let attempt = 0; attempt < 5; attempt++) {
      await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
      if (this.leaving) return;
      try {
        const room = await gameClient().reconnect(token);
        await waitForFirstState(room);
        this.room = room;
        store.setReconnect(room.roomId, room.reconnectionToken);
        this.bind(room);
        this.snapshot = toSnapshot(room.state, room.roomId);
        for (const fn of this.listeners) fn();
        return;
      } catch { /* try again */ }
    }
    const text = code === 4002 ? 'The server closed the connection after a bad message.' : 'The connection to this room was lost.';
    for (const fn of this.closedListeners) fn(text);
  }

  onChange(fn: Listener): () => void { this.listeners.add(fn); return () => this.listeners.delete(fn); }
  onError(fn: (text: string, err: ServerError) => void): () => void {
    this.errorListeners.add(fn); return () => this.errorListeners.delete(fn);
  }
  onClosed(fn: (text: string) => void): () => void { this.closedListeners.add(fn); return () => this.closedListeners.delete(fn); }

  /** Sends the current draft; the server keeps the last one it accepts, so the timer never eats it. */
  sendOrders(round: number, actions: Action[], submit = false): number {
    this.rev = Math.max(this.rev, this.mySeatInfo()?.draftRev ?? 0) + 1;
    this.room.send('orders', { round, actions, submit, rev: this.rev });
    return this.rev;
  }
  mySeatInfo() {
    const seat = this.mySeat;
    return seat === null ? undefined : this.snapshot.seats[seat];
  }
  chat(text: string): void { this.room.send('chat', { text }); }
  ready(ready: boolean): void { this.room.send('ready', { ready }); }
  pickSeat(seat: number): void { this.room.send('pickSeat', { seat }); }
  addBot(seat: number, personality?: string): void { this.room.send('addBot', { seat, personality }); }
  removeBot(seat: number): void { this.room.send('removeBot', { seat }); }
  configure(options: Partial<{ rounds: number; turnSeconds: number; seats: number; botLevel: string; private: boolean }>): void {
    this.room.send('configure', options);
  }
  start(): void { this.room.send('start', {}); }
  kick(sessionId: string): void { this.room.send('kick', { sessionId }); }
  rematch(): void { this.room.send('rematch', {}); }

  async leave(): Promise<void> {
    this.leaving = true;
    store.forget(this.code);
    try { await this.room.leave(true); } catch { /* already gone */ }
  }
}

function waitForFirstState(room: Room): Promise<void> {
  return new Promise((resolve) => {
    // The first full state may already be there when join resolves.
    const s = room.state as any;
    if (s?.code) return resolve();
    room.onStateChange.once(() => resolve());
    setTimeout(resolve, 3000);
  });
}
