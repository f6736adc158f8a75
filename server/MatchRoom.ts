// One match: seats, lobby, phase timers, orders intake, bots, reconnection. The rules are not
// here: orders are checked by `validateOrders`, rounds resolved by `resolveRound`, bots plan with
// `planOrders` from their own view, and projection.ts turns the result into the schema.
import { randomBytes } from 'node:crypto';
import { ClientState, Room, type Client, type Delayed, type Deferred } from '@colyseus/core';
import type { Schema } from '@colyseus/schema';
import {
  createMatch, normalizeClientOptions, planOrders, resolveRound, validateOrders, viewFor,
} from '../shared/index';
import type { Action, MatchState, MatchView, OrdersBySeat, Personality, Seat, Viewer } from '../shared/types';
import {
  CLOSE_KICKED, ERROR_CODES, SEATS_MAX, SPECTATORS_MAX, TURN_SECONDS_ERA1, TURN_SECONDS_LATER,
  type ErrorMessage, type RoomListing, type RoomPhase,
} from '../shared/protocol';
import {
  checkAddBot, checkChat, checkConfigure, checkEmpty, checkKick, checkOrders, checkPickSeat, checkReady,
  checkRemoveBot, cleanName, isRecord, settingsFromCreate, type Checked,
} from './messages';
import { appendChatLine } from './chat';
import { ClientView, MatchProjection, type Grant } from './projection';
import { clearSeat, isEmptySeat, layoutSeats, SeatTokens, showBot, showPerson } from './seatTable';
import { TokenBucket } from './rateLimit';
import { DEFAULT_TIMING, SERVER_OPTIONS_KEY, type RoomServerOptions } from './roomConfig';
import { claimRoomCode, releaseRoomCode } from './roomCodes';
import { ChatLineState, RoomState, SeatState } from './schema';
import type { Log } from './log';

/** Someone connected to the room: a seated person or a spectator. */
interface Person {
  sessionId: string;
  name: string;
  /** null = spectator. */
  seat: Seat | null;
  client: Client;
  /** Spectators share the room's `spectatorView`; a seated person has a view of their own. */
  view: ClientView;
  messages: TokenBucket;
  chat: TokenBucket;
  /** Set once the person has left for good (consented, kicked, window expired). */
  gone: boolean;
}

const TAKEOVER_PERSONALITY: Personality = 'balancer';
const BOT_CYCLE: Personality[] = ['balancer', 'pluralist', 'grower'];

/** Thrown from a handler to answer with an error value; anything else is an internal error. */
class Refusal extends Error {
  constructor(readonly error: ErrorMessage) { super(error.message); }
}
const refuse = (code: string, message: string, ref?: string | number): never => {
  throw new Refusal({ code, message, ...(ref !== undefined ? { ref } : {}) });
};

export class MatchRoom extends Room<RoomState> {
  override maxClients = SEATS_MAX + SPECTATORS_MAX;

  private log!: Log;
  private timing = DEFAULT_TIMING;
  private code = '';
  private codeClaimed = false;
  private people = new Map<string, Person>();
  /** Awaiting reconnection, by sessionId: reject it when the seat is taken back by token. */
  private reconnecting = new Map<string, Deferred<Client>>();
  /** seatToken → seat; one live token per seat. */
  private seatTokens = new SeatTokens();
  private match: MatchState | null = null;
  private projection: MatchProjection | null = null;
  /**
   * One StateView for every spectator, since they all see the same things: Colyseus encodes
   * a patch once per distinct view, so fifty spectators cost one encoding, not fifty.
   */
  private spectatorView = new ClientView();
  private orders: OrdersBySeat = {};
  private seatViews: { match: MatchState | null; views: Map<Seat, MatchView> } = { match: null, views: new Map() };
  private orderLog: OrdersBySeat[] = [];
  private phaseTimer: Delayed | null = null;
  private matchesPlayed = 0;

  // ------------------------------------------------------------------ lifecycle

  override async onCreate(options: unknown): Promise<void> {
    const record = isRecord(options) ? options : {};
    const server = record[SERVER_OPTIONS_KEY] as RoomServerOptions | undefined;
    this.timing = server?.timing ?? DEFAULT_TIMING;
    const sink = server?.log;
    this.code = await claimRoomCode(this.presence);
    this.codeClaimed = true;
    this.roomId = this.code;
    this.log = (event, fields) => sink?.(event, { room: this.code, ...fields });

    const settings = settingsFromCreate(options);
    const state = new RoomState();
    state.code = this.code;
    state.settings.seats = settings.seats;
    state.settings.rounds = settings.rounds;
    state.settings.turnSeconds = settings.turnSeconds;
    state.settings.botLevel = settings.botLevel;
    state.settings.private = settings.private;
    this.state = state;
    layoutSeats(this.state.seats, settings.seats);

    this.registerHandlers();
    this.autoDispose = true;
    await this.updateListing();
    this.log('room.created', { private: settings.private, seats: settings.seats, rounds: settings.rounds });
  }

  override onJoin(client: Client, options: unknown): void {
    const record = isRecord(options) ? options : {};
    const name = cleanName(record.name);
    const person: Person = {
      sessionId: client.sessionId, name, seat: null, client, view: this.spectatorView,
      messages: new TokenBucket(this.timing.messageRate), chat: new TokenBucket(this.timing.chatRate), gone: false,
    };
    this.people.set(client.sessionId, person);

    const token = typeof record.seatToken === 'string' ? record.seatToken : '';
    const tokenSeat = token ? this.seatTokens.seatOf(token) : undefined;
    if (tokenSeat !== undefined) {
      this.takeBackSeat(person, tokenSeat, token);
    } else if (record.spectate !== true && this.state.phase === 'lobby') {
      const free = this.state.seats.find((s) => isEmptySeat(s));
      if (free) this.seatPerson(person, free.seat);
    }
    if (person.seat === null) {
      if (this.spectatorCount() > SPECTATORS_MAX) {
        this.people.delete(client.sessionId);
        throw new Error('this room has no room for more spectators');
      }
    }
    if (!this.state.hostSessionId && person.seat !== null) this.state.hostSessionId = person.sessionId;
    // Nothing reached this client yet: a seated person starts from an empty view of their own.
    if (person.seat !== null) person.view = new ClientView();
    client.view = person.view.view;
    this.countSpectators();
    this.refreshView(person);
    this.log('player.joined', { session: client.sessionId, name, seat: person.seat, byToken: tokenSeat !== undefined });
    void this.updateListing();
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const person = this.people.get(client.sessionId);
    if (!person || person.gone || person.client !== client) return;
    if (person.seat === null) {
      this.people.delete(client.sessionId);
      this.countSpectators();
      this.log('spectator.left', { session: client.sessionId });
      void this.updateListing();
      return;
    }
    const seat = this.state.seats[person.seat];
    seat.connected = false;
    if (consented) {
      this.release(person, 'left');
      return;
    }
    this.log('player.dropped', { session: client.sessionId, seat: person.seat });
    try {
      const deferred = this.allowReconnection(client, this.timing.reconnectSeconds);
      this.reconnecting.set(client.sessionId, deferred);
      const fresh = await deferred;
      this.reconnecting.delete(client.sessionId);
      if (person.gone) return;
      person.client = fresh;
      // Only seated people are waited for (a spectator who drops is gone): a fresh own view.
      person.view = new ClientView();
      fresh.view = person.view.view;
      if (person.seat !== null) this.state.seats[person.seat].connected = true;
      this.refreshView(person);
      this.log('player.reconnected', { session: client.sessionId, seat: person.seat });
    } catch {
      this.reconnecting.delete(client.sessionId);
      if (!person.gone && person.client === client) this.release(person, 'timeout');
    }
  }

  override async onDispose(): Promise<void> {
    this.log('room.disposed', { matches: this.matchesPlayed });
    if (this.codeClaimed) {
      try { await releaseRoomCode(this.presence, this.code); } catch { /* presence already closed */ }
    }
  }

  /** Last line of defence: a bug in a handler or timer is logged, never fatal to the process. */
  override onUncaughtException(error: Error, methodName: string): void {
    this.log('room.exception', { method: methodName, message: String(error?.message ?? error), stack: error?.stack?.split('\n').slice(0, 4).join(' | ') });
  }

  /**
   * The full state a client decodes first. Three things Colyseus 0.16 / schema 3.0.76 get
   * wrong here, each seen as a client drifting out of step under churn (tests/load/syncStress):
   * - Changes not yet patched would reach the newcomer twice, in the full state and again in
   *   the next patch, and a repeated array operation corrupts its decoded arrays: so pending
   *   changes go out to everyone else first (the newcomer is left out of that patch).
   * - The full-state encoding is cached and, when a room had no clients, patches are discarded
   *   without invalidating that cache (colyseus issue 917): so it is always re-encoded.
   * - The view's own pending add/remove operations are already part of the full state: they are
   *   dropped, or they would arrive a second time with the next patch.
   */
  protected override sendFullState(client: Client): void {
    const joined = client.state;
    client.state = ClientState.JOINING;
    try { this.broadcastPatch(); } finally { client.state = joined; }
    (this as unknown as { _serializer: { needFullEncode?: boolean } })._serializer.needFullEncode = true;
    super.sendFullState(client);
    client.view?.changes.clear();
  }

  // ------------------------------------------------------------------ messages

  private registerHandlers(): void {
    this.handle('orders', checkOrders, (person, msg) => this.onOrders(person, msg));
    this.handle('chat', checkChat, (person, msg) => this.onChat(person, msg.text));
    this.handle('ready', checkReady, (person, msg) => this.onReady(person, msg.ready));
    this.handle('pickSeat', checkPickSeat, (person, msg) => this.onPickSeat(person, msg.seat));
    this.handle('addBot', checkAddBot, (person, msg) => this.onAddBot(person, msg.seat, msg.personality));
    this.handle('removeBot', checkRemoveBot, (person, msg) => this.onRemoveBot(person, msg.seat));
    this.handle('configure', checkConfigure, (person, msg) => this.onConfigure(person, msg));
    this.handle('start', (m) => checkEmpty(m, 'start'), (person) => this.onStart(person));
    this.handle('kick', checkKick, (person, msg) => this.onKick(person, msg.sessionId));
    this.handle('rematch', (m) => checkEmpty(m, 'rematch'), (person) => this.onRematch(person));
    this.handle('backToLobby', (m) => checkEmpty(m, 'backToLobby'), (person) => this.onBackToLobby(person));
    this.onMessage('*', (client, type) => {
      const person = this.people.get(client.sessionId);
      if (!person || !this.admit(person, String(type))) return;
      this.sendError(client, { code: ERROR_CODES.UNKNOWN_MESSAGE, message: `unknown message type "${String(type).slice(0, 40)}"`, ref: String(type).slice(0, 40) });
    });
  }

  /** One path for every message: rate limit → shape → handler, every failure an error reply. */
  private handle<T>(type: string, check: (message: unknown) => Checked<T>, run: (person: Person, message: T) => void): void {
    this.onMessage(type, (client: Client, message: unknown) => {
      const person = this.people.get(client.sessionId);
      if (!person || person.client !== client || person.gone) return;
      if (!this.admit(person, type)) return;
      try {
        const checked = check(message);
        if (!checked.ok) {
          this.sendError(client, checked.error);
          return;
        }
        run(person, checked.value);
      } catch (e) {
        if (e instanceof Refusal) {
          this.sendError(client, { ...e.error, ref: e.error.ref ?? type });
        } else {
          this.log('handler.error', { type, message: String((e as Error)?.message ?? e) });
          this.sendError(client, { code: ERROR_CODES.INTERNAL, message: 'the server could not process this message', ref: type });
        }
      }
    });
  }

  private admit(person: Person, type: string): boolean {
    if (person.messages.take()) return true;
    this.sendError(person.client, { code: ERROR_CODES.RATE_LIMITED, message: 'too many messages: slow down', ref: type });
    return false;
  }

  private sendError(client: Client, error: ErrorMessage): void {
    try { client.send('error', error); } catch { /* the client is gone */ }
  }

  private requireHost(person: Person): void {
    if (person.sessionId !== this.state.hostSessionId) refuse(ERROR_CODES.NOT_HOST, 'only the host can do this');
  }

  private requirePhase(...phases: RoomPhase[]): void {
    if (!phases.includes(this.state.phase as RoomPhase)) {
      refuse(ERROR_CODES.WRONG_PHASE, `not possible in phase "${this.state.phase}" (only in ${phases.join(' or ')})`);
    }
  }

  private requireSeat(person: Person): Seat {
    if (person.seat === null) return refuse(ERROR_CODES.NOT_SEATED, 'spectators cannot do this');
    return person.seat;
  }

  private onOrders(person: Person, msg: { round: number; actions: unknown[]; submit: boolean; rev: number | null }): void {
    const seat = this.requireSeat(person);
    this.requirePhase('orders');
    const match = this.match;
    if (!match) return refuse(ERROR_CODES.WRONG_PHASE, 'no match is running');
    if (msg.round !== match.round) {
      refuse(ERROR_CODES.STALE_ROUND, `orders are for round ${match.round}, not ${msg.round}`, 'round');
    }
    const result = validateOrders(this.seatView(match, seat), seat, { round: msg.round, actions: msg.actions });
    if (!result.ok) {
      const first = result.errors[0] ?? { code: ERROR_CODES.ORDERS_INVALID, message: 'orders refused' };
      throw new Refusal({
        code: ERROR_CODES.ORDERS_INVALID, message: first.message,
        ref: first.ref ?? 'orders', errors: result.errors.slice(0, 12),
      });
    }
    this.orders[seat] = result.orders;
    const seatState = this.state.seats[seat];
    seatState.draftJson = JSON.stringify(result.orders.actions);
    seatState.draftRev = msg.rev ?? seatState.draftRev + 1;
    seatState.submitted = msg.submit;
    if (msg.submit) this.log('orders.submitted', { seat, round: match.round, actions: result.orders.actions.length });
    this.endOrdersIfAllSubmitted();
  }

  /**
   * A seat's view of the running match, built once per match state: the state only changes when
   * a round resolves (a new object), so every draft in an orders phase reuses the same view.
   */
  private seatView(match: MatchState, seat: Seat): MatchView {
    if (this.seatViews.match !== match) this.seatViews = { match, views: new Map() };
    let view = this.seatViews.views.get(seat);
    if (!view) {
      view = viewFor(match, seat);
      this.seatViews.views.set(seat, view);
    }
    return view;
  }

  private onChat(person: Person, text: string): void {
    if (!person.chat.take()) refuse(ERROR_CODES.RATE_LIMITED, 'chat: one line every two seconds, please');
    const list = person.seat === null ? this.state.spectatorChat : this.state.chat;
    appendChatLine(list, { name: person.name, seat: person.seat ?? -1, text, at: Date.now() });
    if (person.seat === null) this.refreshSpectatorView();
  }

  private onReady(person: Person, ready: boolean): void {
    const seat = this.requireSeat(person);
    this.requirePhase('lobby');
    this.state.seats[seat].ready = ready;
  }

  private onPickSeat(person: Person, seat: Seat): void {
    this.requirePhase('lobby');
    const target = this.state.seats[seat];
    if (!target) return refuse(ERROR_CODES.BAD_SEAT, `seat ${seat} does not exist in this room`);
    if (person.seat === seat) return;
    if (!isEmptySeat(target)) refuse(ERROR_CODES.SEAT_TAKEN, `seat ${seat} is taken`);
    if (person.seat !== null) this.vacateSeat(person.seat);
    if (person.view === this.spectatorView) this.giveOwnView(person);
    this.seatPerson(person, seat);
    if (!this.state.hostSessionId) this.state.hostSessionId = person.sessionId;
    this.countSpectators();
    this.refreshView(person);
    void this.updateListing();
  }

  private onAddBot(person: Person, seat: Seat, personality?: Personality): void {
    this.requireHost(person);
    this.requirePhase('lobby');
    const target = this.state.seats[seat];
    if (!target) return refuse(ERROR_CODES.BAD_SEAT, `seat ${seat} does not exist in this room`);
    if (!isEmptySeat(target)) refuse(ERROR_CODES.SEAT_TAKEN, `seat ${seat} is taken`);
    this.placeBot(seat, personality ?? BOT_CYCLE[seat % BOT_CYCLE.length]);
    void this.updateListing();
  }

  private onRemoveBot(person: Person, seat: Seat): void {
    this.requireHost(person);
    this.requirePhase('lobby');
    const target = this.state.seats[seat];
    if (!target) return refuse(ERROR_CODES.BAD_SEAT, `seat ${seat} does not exist in this room`);
    if (!target.isBot) refuse(ERROR_CODES.BAD_SEAT, `seat ${seat} is not a bot`);
    this.vacateSeat(seat);
    void this.updateListing();
  }

  private onConfigure(person: Person, msg: { private?: boolean; seats?: number; rounds?: number; turnSeconds?: number; botLevel?: string }): void {
    this.requireHost(person);
    this.requirePhase('lobby');
    const settings = this.state.settings;
    if (msg.seats !== undefined && msg.seats !== settings.seats) {
      const occupied = this.state.seats.filter((s) => s.seat >= msg.seats! && s.sessionId !== '');
      if (occupied.length > 0) {
        refuse(ERROR_CODES.SEATS_OCCUPIED, `seat ${occupied[0].seat} is taken by a person: they must move first`, 'seats');
      }
    }
    if (msg.seats !== undefined && msg.seats !== settings.seats) {
      settings.seats = msg.seats;
      layoutSeats(this.state.seats, msg.seats);
    }
    if (msg.rounds !== undefined) settings.rounds = msg.rounds;
    if (msg.turnSeconds !== undefined) settings.turnSeconds = msg.turnSeconds;
    if (msg.botLevel !== undefined) settings.botLevel = msg.botLevel;
    if (msg.private !== undefined) settings.private = msg.private;
    this.log('room.configured', { ...msg });
    void this.updateListing();
  }

  private onStart(person: Person): void {
    this.requireHost(person);
    this.requirePhase('lobby');
    this.state.seats.forEach((seat) => {
      if (isEmptySeat(seat)) this.placeBot(seat.seat, BOT_CYCLE[seat.seat % BOT_CYCLE.length]);
    });
    this.startMatch();
  }

  private onKick(person: Person, sessionId: string): void {
    this.requireHost(person);
    if (sessionId === person.sessionId) refuse(ERROR_CODES.BAD_TARGET, 'the host cannot kick themself');
    const target = this.people.get(sessionId);
    if (!target || target.gone) return refuse(ERROR_CODES.BAD_TARGET, 'no such person in this room');
    if (target.seat !== null) {
      this.seatTokens.revoke(target.seat);
    }
    this.sendError(target.client, { code: ERROR_CODES.KICKED, message: 'the host removed you from this room' });
    const client = target.client;
    if (target.seat === null) {
      target.gone = true;
      this.people.delete(sessionId);
      this.countSpectators();
    } else {
      this.release(target, 'kicked');
    }
    this.reconnecting.get(sessionId)?.reject(new Error('kicked'));
    this.log('player.kicked', { session: sessionId, by: person.sessionId });
    try { client.leave(CLOSE_KICKED); } catch { /* already closed */ }
  }

  private onRematch(person: Person): void {
    this.requireHost(person);
    this.requirePhase('ended');
    this.startMatch();
  }

  /**
   * After a match, the room's lobby again: the same people in their seats (bots stay until the
   * host removes them), settings open to change, spectators free to take a seat. The finished
   * match stays in the state, since removing it would hit the schema fault noted on MatchSchema;
   * clients show the lobby whenever the phase is 'lobby'.
   */
  private onBackToLobby(person: Person): void {
    this.requireHost(person);
    this.requirePhase('ended');
    this.phaseTimer?.clear();
    this.phaseTimer = null;
    this.state.phase = 'lobby';
    this.state.round = 0;
    this.state.deadline = 0;
    this.state.seats.forEach((seat) => { seat.ready = false; seat.submitted = false; seat.draftJson = ''; });
    this.refreshAllViews();
    this.log('room.backToLobby', { by: person.sessionId });
    void this.updateListing();
  }

  // ------------------------------------------------------------------ seats

  /** Put a person in a seat and hand them a fresh token for it. */
  private seatPerson(person: Person, seat: Seat): void {
    this.occupySeat(person, seat);
    this.state.seats[seat].ready = false;
    person.client.send('seat', { seat, seatToken: this.seatTokens.issue(seat) });
  }

  private occupySeat(person: Person, seat: Seat): void {
    showPerson(this.state.seats[seat], person.name, person.sessionId);
    person.seat = seat;
  }

  /** Reclaim a seat by token: from a bot, from a pending reconnection, or from another tab. */
  private takeBackSeat(person: Person, seat: Seat, token: string): void {
    const state = this.state.seats[seat];
    if (!state) return;
    const holder = state.sessionId ? this.people.get(state.sessionId) : undefined;
    if (holder && holder !== person) {
      holder.seat = null;
      holder.gone = true;
      this.people.delete(holder.sessionId);
      this.reconnecting.get(holder.sessionId)?.reject(new Error('seat taken back'));
      try { holder.client.leave(CLOSE_KICKED); } catch { /* already closed */ }
    }
    const wasBot = state.isBot;
    this.occupySeat(person, seat);
    if (this.state.hostSessionId === '' || (holder && this.state.hostSessionId === holder.sessionId)) {
      this.state.hostSessionId = person.sessionId;
    }
    // The bot's draft for this round stays until the person sends their own orders.
    if (wasBot && this.state.phase === 'orders') state.submitted = false;
    person.client.send('seat', { seat, seatToken: token });
    this.log('seat.reclaimed', { seat, session: person.sessionId, fromBot: wasBot });
  }

  private vacateSeat(seat: Seat): void {
    clearSeat(this.state.seats[seat]);
    this.seatTokens.revoke(seat);
  }

  private placeBot(seat: Seat, personality: Personality, name?: string): void {
    showBot(this.state.seats, seat, personality, name);
  }

  /** A person left for good: free the seat in the lobby, hand it to a bot during a match. */
  private release(person: Person, reason: 'left' | 'timeout' | 'kicked'): void {
    person.gone = true;
    this.people.delete(person.sessionId);
    const seat = person.seat;
    if (seat !== null) {
      if (this.state.phase === 'lobby') {
        this.vacateSeat(seat);
      } else {
        const state = this.state.seats[seat];
        this.placeBot(seat, TAKEOVER_PERSONALITY, state.name);
        if (this.state.phase === 'orders' && !state.submitted) this.playBot(seat);
      }
    }
    if (this.state.hostSessionId === person.sessionId) this.handOverHost();
    this.countSpectators();
    this.log('player.left', { session: person.sessionId, seat, reason });
    if (this.state.phase === 'orders') this.endOrdersIfAllSubmitted();
    void this.updateListing();
  }

  private handOverHost(): void {
    const next = [...this.state.seats].find((s) => s.sessionId !== '' && s.connected)
      ?? [...this.state.seats].find((s) => s.sessionId !== '');
    this.state.hostSessionId = next?.sessionId ?? '';
    if (next) this.log('host.changed', { session: next.sessionId, seat: next.seat });
  }

  private spectatorCount(): number {
    let n = 0;
    for (const p of this.people.values()) if (p.seat === null && !p.gone) n++;
    return n;
  }

  private countSpectators(): void {
    const n = this.spectatorCount();
    if (this.state.spectators !== n) this.state.spectators = n;
  }

  // ------------------------------------------------------------------ views

  private viewerOf(person: Person): Viewer {
    return person.seat === null ? 'spectator' : person.seat;
  }

  private refreshView(person: Person): void {
    if (person.view === this.spectatorView) return this.refreshSpectatorView();
    const wanted: Grant[] = [];
    if (this.projection) wanted.push(...this.projection.visibleTo(this.viewerOf(person)));
    if (person.seat !== null) wanted.push([this.state.seats[person.seat], undefined]);
    person.view.sync(wanted, (item) => this.isInState(item));
  }

  private refreshSpectatorView(): void {
    const wanted: Grant[] = [];
    if (this.projection) wanted.push(...this.projection.visibleTo('spectator'));
    this.state.spectatorChat.forEach((line) => { wanted.push([line, undefined]); });
    this.spectatorView.sync(wanted, (item) => this.isInState(item));
  }

  private refreshAllViews(): void {
    this.refreshSpectatorView();
    for (const person of this.people.values()) {
      if (!person.gone && person.view !== this.spectatorView) this.refreshView(person);
    }
  }

  /**
   * A spectator taking a seat leaves the shared view for one of their own, which starts out
   * holding what the shared one holds (what the client has decoded); the next refresh then
   * sends only the difference. Pending changes go out first, so the two agree exactly.
   */
  private giveOwnView(person: Person): void {
    this.broadcastPatch();
    person.view = this.spectatorView.copy();
    person.client.view = person.view.view;
  }

  private isInState(item: Schema): boolean {
    if (this.projection?.has(item)) return true;
    if (item instanceof SeatState) return this.state.seats.includes(item);
    if (item instanceof ChatLineState) return this.state.spectatorChat.includes(item);
    return false;
  }

  // ------------------------------------------------------------------ phases

  private startMatch(): void {
    const names = this.state.seats.map((s) => s.name || `Seat ${s.seat + 1}`);
    const options = normalizeClientOptions({ seats: this.state.settings.seats, rounds: this.state.settings.rounds, names });
    const seed = randomBytes(12).toString('hex');
    this.match = createMatch(options, seed);
    this.orderLog = [];
    this.matchesPlayed++;
    if (!this.projection) {
      this.projection = new MatchProjection();
      this.state.match = this.projection.schema;
    }
    this.projection.project(this.match, []);
    this.log('match.started', { seats: options.seats, rounds: options.rounds, bots: this.state.seats.filter((s) => s.isBot).length });
    this.beginOrders();
  }

  private turnMs(): number {
    if (this.timing.turnMs !== undefined) return this.timing.turnMs;
    const fixed = this.state.settings.turnSeconds;
    if (fixed > 0) return fixed * 1000;
    return ((this.match?.era ?? 1) <= 1 ? TURN_SECONDS_ERA1 : TURN_SECONDS_LATER) * 1000;
  }

  private beginOrders(): void {
    const match = this.match!;
    this.orders = {};
    this.state.phase = 'orders';
    this.state.round = match.round;
    this.state.seats.forEach((seat) => {
      seat.submitted = false;
      seat.draftJson = '';
    });
    this.state.deadline = Date.now() + this.turnMs();
    this.refreshAllViews();
    this.setPhaseTimer(this.turnMs(), () => this.resolve());
    void this.updateListing();
    this.state.seats.forEach((seat) => { if (seat.isBot) this.playBotSoon(seat.seat); });
    this.endOrdersIfAllSubmitted();
  }

  /**
   * A bot plans in a later turn of the event loop, one seat at a time: with hundreds of rooms
   * whose timers fire together, a round's start plus every bot's planning in one synchronous
   * chunk held back everyone else's messages (the latency tail). Nothing can close the round
   * before the bot has ordered, since the round waits for every seat (or for its timer).
   */
  private playBotSoon(seat: Seat): void {
    const match = this.match;
    setImmediate(() => {
      const state = this.state.seats[seat];
      if (this.match !== match || this.state.phase !== 'orders' || !state?.isBot || state.submitted) return;
      try {
        this.playBot(seat);
        this.endOrdersIfAllSubmitted();
      } catch (e) {
        this.log('bot.error', { seat, message: String((e as Error)?.message ?? e) });
      }
    });
  }

  /** A bot orders from its own seat's view; a seed derived per match, round and seat. */
  private playBot(seat: Seat): void {
    const match = this.match;
    if (!match) return;
    const state = this.state.seats[seat];
    let actions: Action[] = [];
    try {
      const view = viewFor(match, seat);
      const personality = (state.personality || TAKEOVER_PERSONALITY) as Personality;
      const planned = planOrders(view, seat, { personality, level: this.state.settings.botLevel as 'easy' | 'normal' | 'hard' },
        `${match.seed}:${match.round}:${seat}`);
      const checked = validateOrders(view, seat, { round: match.round, actions: planned });
      if (checked.ok) actions = checked.orders.actions;
      else this.log('bot.invalid', { seat, round: match.round, code: checked.errors[0]?.code });
    } catch (e) {
      this.log('bot.error', { seat, message: String((e as Error)?.message ?? e) });
    }
    this.orders[seat] = { round: match.round, actions };
    state.submitted = true;
  }

  private endOrdersIfAllSubmitted(): void {
    if (this.state.phase !== 'orders') return;
    if (this.state.seats.every((s) => s.submitted)) {
      this.setPhaseTimer(0, () => this.resolve());
    }
  }

  private setPhaseTimer(ms: number, run: () => void): void {
    this.phaseTimer?.clear();
    this.phaseTimer = this.clock.setTimeout(() => {
      this.phaseTimer = null;
      try { run(); } catch (e) {
        this.log('phase.error', { message: String((e as Error)?.message ?? e), stack: (e as Error)?.stack?.split('\n').slice(0, 4).join(' | ') });
      }
    }, ms);
  }

  private resolve(): void {
    if (this.state.phase !== 'orders' || !this.match) return;
    const match = this.match;
    const orders = this.orders;
    let result;
    try {
      result = resolveRound(match, orders);
    } catch (e) {
      this.log('resolve.error', { round: match.round, message: String((e as Error)?.message ?? e) });
      result = resolveRound(match, {});
    }
    this.orderLog.push(orders);
    this.match = result.state;
    this.orders = {};
    this.projection!.project(result.state, result.events);
    this.state.phase = 'resolving';
    this.state.deadline = Date.now() + this.timing.resolvingMs;
    this.state.seats.forEach((seat) => { seat.draftJson = ''; });
    this.refreshAllViews();
    this.log('round.resolved', { round: match.round, events: result.events.length, ended: result.state.phase === 'ended' });
    this.setPhaseTimer(this.timing.resolvingMs, () => this.afterResolving());
  }

  private afterResolving(): void {
    const match = this.match!;
    if (match.phase === 'ended') {
      this.state.phase = 'ended';
      this.state.deadline = 0;
      this.state.seats.forEach((seat) => { seat.submitted = false; });
      this.refreshAllViews();
      this.log('match.ended', { outcome: match.outcome?.type, winner: match.outcome?.winner, round: match.round });
      void this.updateListing();
      return;
    }
    this.beginOrders();
  }

  // ------------------------------------------------------------------ listing

  private listingInfo(): RoomListing {
    const host = this.state.seats.find((s) => s.sessionId === this.state.hostSessionId);
    return {
      code: this.code,
      seatsTaken: this.state.seats.filter((s) => s.sessionId !== '' || s.isBot).length,
      seatsTotal: this.state.seats.length,
      phase: this.state.phase as RoomPhase,
      round: this.state.round,
      spectators: this.state.spectators,
      host: host?.name ?? '',
    };
  }

  /**
   * Public rooms are listed in /api/rooms in every phase, but only a public room in the lobby is
   * open to joinOrCreate: the matchmaker sees every other room as private.
   */
  private async updateListing(): Promise<void> {
    try {
      const listed = !this.state.settings.private;
      await this.setMetadata({ ...this.listingInfo(), listed });
      const matchable = listed && this.state.phase === 'lobby';
      if (this.listing.private !== !matchable) {
        await this.setPrivate(!matchable);
      }
    } catch (e) {
      this.log('listing.error', { message: String((e as Error)?.message ?? e) });
    }
  }
}
