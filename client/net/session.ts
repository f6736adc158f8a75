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

/** My old seat while someone else holds it: a bot (I was away too long) or another tab. */
export interface LostSeat { seat: number; byBot: boolean; canReclaim: boolean }

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
  forgetSeat(code: string) { localStorage.removeItem(`bop.seat.${code}`); },
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
  /** The server refused a seated-only message: this connection holds no seat, whatever we thought. */
  private refusedAsUnseated = false;
  /** The server sent KICKED before closing: the host removed us (not another tab of ours). */
  private kicked = false;
  private name = '';

  private constructor(public room: Room, public role: Role) {
    this.snapshot = toSnapshot(room.state, room.roomId);
    this.bind(room);
  }

  get code(): string { return this.room.roomId; }
  get sessionId(): string { return this.room.sessionId; }
  get isHost(): boolean { return this.snapshot.hostSessionId === this.room.sessionId; }
  /**
   * My seat, on the server's word only (seats[i].sessionId): a seat we remember but no longer hold
   * (a bot took it, or another tab) must not show an order panel the server would refuse.
   */
  get mySeat(): number | null {
    const mine = this.snapshot.seats.find((s) => s.sessionId && s.sessionId === this.room.sessionId);
    return mine ? mine.seat : null;
  }

  /** The seat this browser sat in during the running match, while this connection does not hold it. */
  get lostSeat(): LostSeat | null {
    const { phase, match, seats } = this.snapshot;
    if (this.role !== 'player' || phase === 'lobby' || !match || this.mySeat !== null) return null;
    const saved = store.seat(this.code);
    const seat = saved ? seats[saved.seat] : undefined;
    if (seat) return { seat: seat.seat, byBot: seat.isBot, canReclaim: true };
    return this.refusedAsUnseated ? { seat: -1, byBot: false, canReclaim: false } : null;
  }
  /** Watching: asked to spectate, or joined a match that had no free seat. */
  get isSpectator(): boolean { return this.mySeat === null && this.snapshot.phase !== 'lobby'; }

  static async create(options: CreateOptions): Promise<Session> {
    const room = await gameClient().create(ROOM_NAME, options);
    return Session.adopt(room, 'player', options.name);
  }

  /** Opens a room by code: takes the old connection or seat back when this browser had one. */
  static async open(code: string, name: string, wantRole?: Role): Promise<Session> {
    code = code.trim().toUpperCase();
    const role: Role = wantRole ?? store.role(code) ?? 'player';
    const token = store.reconnect(code);
    if (token && (!wantRole || wantRole === store.role(code))) {
      try {
        const room = await gameClient().reconnect(token);
        return Session.adopt(room, role, name);
      } catch { /* the token expired: join again below */ }
    }
    const seat = role === 'player' ? store.seat(code) : null;
    try {
      const room = await gameClient().joinById(code, {
        name, spectate: role === 'spectator' || undefined, seatToken: seat?.seatToken,
      });
      return Session.adopt(room, role, name);
    } catch (e) {
      throw new Error(matchmakeErrorToText(e, code));
    }
  }

  private static async adopt(room: Room, role: Role, name: string): Promise<Session> {
    // Bind before anything else: the server sends `seat` right after the join, maybe before
    // the first state, and a message without a handler is lost.
    const session = new Session(room, role);
    session.name = name;
    store.setReconnect(room.roomId, room.reconnectionToken);
    store.setRole(room.roomId, role);
    await waitForFirstState(room);
    session.snapshot = toSnapshot(room.state, room.roomId);
    const saved = store.seat(room.roomId);
    if (role === 'player' && session.seat === null && saved) session.seat = saved.seat;
    return session;
  }

  private emit(): void { for (const fn of this.listeners) fn(); }

  private bind(room: Room): void {
    // A replaced connection (reconnected, or re-joined to take the seat back) may still deliver a
    // last patch or its close: only the current room speaks for this session.
    const current = () => room === this.room;
    room.onStateChange((state) => {
      if (!current()) return;
      this.snapshot = toSnapshot(state, room.roomId);
      this.emit();
    });
    room.onMessage('seat', (msg: { seat: number; seatToken: string }) => {
      if (!current()) return;
      this.seat = msg.seat;
      this.refusedAsUnseated = false;
      if (msg.seatToken) store.setSeat(room.roomId, msg.seat, msg.seatToken);
      this.emit();
    });
    room.onMessage('error', (err: ServerError) => {
      if (!current()) return;
      if (err.code === 'KICKED') this.kicked = true;
      if (err.code === 'NOT_SEATED' && this.role === 'player' && this.snapshot.phase !== 'lobby') {
        // The match view explains this itself (and offers the seat back): no toast on top.
        this.refusedAsUnseated = true;
        this.emit();
        return;
      }
      const text = describeError(err);
      for (const fn of this.errorListeners) fn(text, err);
    });
    // Messages we do not act on must still have a handler, or colyseus.js warns in the console.
    room.onMessage('*', () => {});
    room.onError((code, message) => {
      if (!current()) return;
      for (const fn of this.errorListeners) fn(message || `Connection error ${code}`, { code: String(code), message: message ?? '' });
    });
    room.onLeave((code) => { if (current()) void this.handleLeave(code); });
  }

  /** Makes `room` this session's connection; the old one is left quietly. */
  private async replaceRoom(room: Room): Promise<void> {
    const old = this.room;
    this.room = room;
    this.bind(room);
    store.setReconnect(room.roomId, room.reconnectionToken);
    await waitForFirstState(room);
    if (room !== this.room) return;
    this.snapshot = toSnapshot(room.state, room.roomId);
    this.emit();
    // leave() on a closed connection never settles and warns: only an open one is left.
    if (old !== room && old.connection?.isOpen) void old.leave(true).catch(() => {});
  }

  private async handleLeave(code: number): Promise<void> {
    if (this.leaving || code === 1000) return;
    if (code === 4401 && this.kicked) {
      store.forget(this.code);
      store.forgetSeat(this.code);
      for (const fn of this.closedListeners) fn('The host removed you from the room.');
      return;
    }
    if (code === 4401) {
      // Our seat token took the seat in another tab or window: during a match watch here and
      // offer it back; in the lobby a re-join would take a second seat, so just say so.
      if (this.snapshot.phase !== 'lobby' && await this.rejoinWithoutSeat()) return;
      for (const fn of this.closedListeners) fn('Your seat is now played from another tab or window.');
      return;
    }
    // The connection dropped: try to take the same seat back, a few times, without asking.
    const token = this.room.reconnectionToken;
    for (let attempt = 0; attempt < 5; attempt++) {
      await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
      if (this.leaving) return;
      try {
        await this.replaceRoom(await gameClient().reconnect(token));
        return;
      } catch (e) {
        // The server answered (a code): the seat is no longer held for this connection. Only a
        // network failure is worth another try.
        if (typeof (e as { code?: unknown })?.code === 'number') break;
      }
    }
    // Away longer than the server waits: a bot plays the seat now. Join again to watch; the match
    // view says so and offers the seat back (the seat token still works).
    if (await this.rejoinWithoutSeat()) return;
    const text = code === 4002 ? 'The server closed the connection after a bad message.' : 'The connection to this room was lost.';
    for (const fn of this.closedListeners) fn(text);
  }

  /** Joins the same room again without the seat token: a watcher during a match, a free seat in the lobby. */
  private async rejoinWithoutSeat(): Promise<boolean> {
    if (this.role !== 'player') return false;
    try {
      const spectate = this.snapshot.phase !== 'lobby' || undefined;
      await this.replaceRoom(await gameClient().joinById(this.code, { name: this.name, spectate }));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * "Take my seat back": joins again with the seat token kept in localStorage; the server hands the
   * seat over from the bot (or the other tab). Resolves false when the token no longer works.
   */
  async reclaimSeat(): Promise<boolean> {
    const saved = store.seat(this.code);
    if (!saved) return false;
    const room = await gameClient().joinById(this.code, { name: this.name || this.snapshot.seats[saved.seat]?.name, seatToken: saved.seatToken });
    await this.replaceRoom(room);
    if (this.mySeat !== null) return true;
    store.forgetSeat(this.code); // the token was refused (kicked, or a new match): watching it is
    this.emit();
    return false;
  }

  onChange(fn: Listener): () => void { this.listeners.add(fn); return () => this.listeners.delete(fn); }
  onError(fn: (text: string, err: ServerError) => void): () => void {
    this.errorListeners.add(fn); return () => this.errorListeners.delete(fn);
  }
  onClosed(fn: (text: string) => void): () => void { this.closedListeners.add(fn); return () => this.closedListeners.delete(fn); }

  /** Sends the current draft; the server keeps the last one it accepts, so the timer never eats it. */
  sendOrders(round: number, actions: Action[], submit = false): number {
    this.rev = Math.max(this.rev, this.mySeatInfo()?.draftRev ?? 0) + 1;
    this.send('orders', { round, actions, submit, rev: this.rev });
    return this.rev;
  }
  mySeatInfo() {
    const seat = this.mySeat;
    return seat === null ? undefined : this.snapshot.seats[seat];
  }
  /** A message while the connection is down is dropped (the draft is sent again on the next change). */
  private send(type: string, message: unknown): void {
    if (this.room.connection?.isOpen) this.room.send(type, message);
  }
  chat(text: string): void { this.send('chat', { text }); }
  ready(ready: boolean): void { this.send('ready', { ready }); }
  pickSeat(seat: number): void { this.send('pickSeat', { seat }); }
  addBot(seat: number, personality?: string): void { this.send('addBot', { seat, personality }); }
  removeBot(seat: number): void { this.send('removeBot', { seat }); }
  configure(options: Partial<{ rounds: number; turnSeconds: number; seats: number; botLevel: string; private: boolean }>): void {
    this.send('configure', options);
  }
  start(): void { this.send('start', {}); }
  kick(sessionId: string): void { this.send('kick', { sessionId }); }
  rematch(): void { this.send('rematch', {}); }
  backToLobby(): void { this.send('backToLobby', {}); }

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
