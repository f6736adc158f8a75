// The load driver: real colyseus.js clients playing R concurrent matches against a server.
// Per match: one scripted person (the host) who drafts orders every `draftIntervalMs` and submits
// on the last draft of each round (bots order instantly, so the submit closes the round), bot
// seats for the rest, and `spectators` spectators. It times each `orders {rev}` until the owner's
// `draftRev` shows that rev (or the round moves on past it), counts every byte the clients'
// WebSockets receive, and counts every error. Runs in its own process (see bench.ts) so the
// server's CPU figures are the server's alone; `tsx tests/load/driver.ts '<json config>'` prints
// one JSON result line.
import { Client, type Room } from 'colyseus.js';
import { watchSchemaComplaints } from './schemaComplaints';
import { planRound, type RoundPlan } from './scriptedOrders';

export interface LoadConfig {
  /** http://127.0.0.1:PORT */
  endpoint: string;
  rooms: number;
  spectators: number;
  seats: number;
  rounds: number;
  draftIntervalMs: number;
  /** The last of these drafts carries `submit: true`. */
  draftsPerRound: number;
  warmupMs: number;
  measureMs: number;
  ackTimeoutMs: number;
  /** Room setups in flight at once while ramping up. */
  joinConcurrency: number;
  /** 'game' computes valid actions from the decoded match view; 'bare' sends an empty list. */
  mode: 'game' | 'bare';
  /**
   * Share of matches (0..1) whose people and spectators leave when the match ends and set up a
   * new room, instead of asking for a rematch: room creation and disposal under load (the soak).
   */
  recreateShare?: number;
  /**
   * Take a dropped connection back like a browser would (the person through
   * `client.reconnect(token)`, a spectator by joining again). Each drop still counts as an error;
   * this keeps a long run (the soak) at its load after a stall of the shared machine.
   */
  reconnect?: boolean;
  /** Extra create options (e.g. turnSeconds). */
  createOptions?: Record<string, unknown>;
}

export interface LoadResult {
  rooms: number;
  clients: number;
  ordersPerSecond: number;
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  acks: number;
  roundsPerSecond: number;
  /** Mean number of actions in an orders message (0 for the bare room). */
  actionsPerOrder: number;
  bytesPerClientPerRound: number;
  errors: number;
  errorSamples: string[];
  roomsRecreated: number;
  reconnections: number;
  setupSeconds: number;
  driverCpuPercent: number;
}

export const DEFAULT_LOAD: Omit<LoadConfig, 'endpoint' | 'rooms'> = {
  spectators: 3,
  seats: 3,
  rounds: 24,
  draftIntervalMs: 1000,
  draftsPerRound: 4,
  warmupMs: 4000,
  measureMs: 15000,
  ackTimeoutMs: 5000,
  joinConcurrency: 16,
  mode: 'game',
};

type AnyState = Record<string, any>;

/** Collects what every client saw, split into warm-up (ignored) and the measured window. */
class Tally {
  measuring = false;
  latencies: number[] = [];
  orders = 0;
  actions = 0;
  roomsRecreated = 0;
  reconnections = 0;
  rounds = 0;
  bytes = 0;
  errors = 0;
  errorSamples: string[] = [];

  error(what: string): void {
    // Errors count in both windows: a refused message during ramp-up is still a failure.
    this.errors++;
    if (this.errorSamples.length < 12) this.errorSamples.push(what);
  }
}

function seatAt(state: AnyState, seat: number): AnyState | undefined {
  const seats = state?.seats;
  if (!seats) return undefined;
  return typeof seats.at === 'function' ? seats.at(seat) : seats[seat];
}

function countBytes(room: Room, tally: Tally): void {
  const ws = (room.connection as any)?.transport?.ws;
  ws?.addEventListener?.('message', (event: { data: ArrayBuffer | Buffer | string }) => {
    if (!tally.measuring) return;
    const data = event.data;
    tally.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  });
}

function watchErrors(room: Room, tally: Tally, who: string, expectedLeave: () => boolean, onDrop?: () => void): void {
  room.onMessage('error', (e: { code?: string; message?: string }) => tally.error(`${who}: error ${e?.code} ${e?.message ?? ''}`.trim()));
  room.onError((code, message) => tally.error(`${who}: onError ${code} ${message ?? ''}`));
  room.onLeave((code) => {
    if (expectedLeave()) return;
    tally.error(`${who}: left with code ${code}`);
    onDrop?.();
  });
  // The game sends these; the driver has no use for them but must not warn about them.
  room.onMessage('*', () => {});
}

/** The scripted person of one match: drafts, submits, times acks, asks for a rematch at the end. */
class Person {
  rev = 0;
  seat = -1;
  private pending = new Map<number, { sentAt: number; round: number; measured: boolean; submit: boolean }>();
  private timers = new Set<NodeJS.Timeout>();
  private roundSeen = 0;
  private rematchAsked = false;
  private plan: RoundPlan | null = null;
  /** Instead of a rematch when the match ends (room churn: everyone leaves, a new room starts). */
  onEnd?: () => void;
  stopped = false;

  constructor(public room: Room, readonly cfg: LoadConfig, readonly tally: Tally) {}

  begin(): void {
    this.room.onStateChange((state: AnyState) => this.onState(state));
    this.onState(this.room.state as AnyState);
  }

  /** After a reconnection: the same seat through a new Room object. */
  rebind(room: Room): void {
    this.room = room;
    this.roundSeen = 0;
    this.begin();
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** Ack timeouts: a draft never confirmed within ackTimeoutMs is an error. */
  sweep(now: number): void {
    for (const [rev, p] of this.pending) {
      if (now - p.sentAt > this.cfg.ackTimeoutMs) {
        this.pending.delete(rev);
        this.tally.error(`ack timeout rev ${rev} round ${p.round}`);
      }
    }
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => { this.timers.delete(t); if (!this.stopped) fn(); }, ms);
    this.timers.add(t);
  }

  private onState(state: AnyState): void {
    if (!state || this.stopped) return;
    const now = performance.now();
    const mine = this.seat >= 0 ? seatAt(state, this.seat) : undefined;
    const draftRev = Number(mine?.draftRev ?? 0);
    const round = Number(state.round ?? 0);
    for (const [rev, p] of this.pending) {
      if (rev <= draftRev || round > p.round || state.phase === 'ended') {
        this.pending.delete(rev);
        if (p.measured && this.tally.measuring) {
          this.tally.latencies.push(now - p.sentAt);
          if (process.env.BENCH_TRACE_SLOW && now - p.sentAt > Number(process.env.BENCH_TRACE_SLOW)) {
            process.stderr.write(`t=${Math.round(now)} slow ack ${Math.round(now - p.sentAt)} ms: rev ${rev} draftRev ${draftRev} round ${p.round}->${round} phase ${state.phase} submit ${p.submit}\n`);
          }
        }
      }
    }
    if (state.phase === 'orders' && round !== this.roundSeen) {
      if (this.roundSeen !== 0 && this.tally.measuring) this.tally.rounds++;
      this.roundSeen = round;
      this.rematchAsked = false;
      // Spread the first draft so that rooms do not all send in the same tick.
      this.later(Math.random() * this.cfg.draftIntervalMs, () => this.draft(round, 1));
    } else if (state.phase === 'ended' && !this.rematchAsked) {
      this.rematchAsked = true;
      if (this.tally.measuring) this.tally.rounds++;
      this.roundSeen = 0;
      this.later(this.cfg.draftIntervalMs, () => (this.onEnd ? this.onEnd() : this.room.send('rematch', {})));
    }
  }

  private draft(round: number, nth: number): void {
    const state = this.room.state as AnyState;
    if (state?.phase !== 'orders' || Number(state.round) !== round) return;
    const submit = nth >= this.cfg.draftsPerRound;
    const rev = ++this.rev;
    if (this.cfg.mode === 'game' && this.plan?.round !== round) {
      this.plan = planRound(state, this.seat, this.cfg.draftsPerRound, `${this.room.roomId}:${round}:${this.rev}`);
    }
    const actions = this.cfg.mode === 'game' ? this.plan!.drafts[nth - 1] ?? [] : [];
    this.pending.set(rev, { sentAt: performance.now(), round, measured: this.tally.measuring, submit });
    this.room.send('orders', { round, actions, submit, rev });
    if (this.tally.measuring) { this.tally.orders++; this.tally.actions += actions.length; }
    if (!submit) this.later(this.cfg.draftIntervalMs, () => this.draft(round, nth + 1));
  }
}

async function waitFor<T>(what: string, ms: number, register: (resolve: (v: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    register((v) => { clearTimeout(timer); resolve(v); });
  });
}

interface Match { person: Person; rooms: Room[]; closing: boolean }

async function setUpMatch(client: Client, cfg: LoadConfig, i: number, tally: Tally, allLeaving: () => boolean): Promise<Match> {
  const match: Match = { person: null as unknown as Person, rooms: [], closing: false };
  const leaving = () => allLeaving() || match.closing;
  const room = await client.create('match', {
    name: `load${i}`, private: true, seats: cfg.seats, rounds: cfg.rounds, botLevel: 'easy', ...cfg.createOptions,
  });
  const person = new Person(room, cfg, tally);
  const seatMessage = waitFor<number>('seat message', 5000, (resolve) => {
    room.onMessage('seat', (m: { seat?: number }) => resolve(Number(m?.seat)));
  });
  const personDropped = () => {
    if (!cfg.reconnect || leaving()) return;
    const token = person.room.reconnectionToken;
    setTimeout(() => {
      if (leaving()) return;
      client.reconnect(token).then((again) => {
        watchErrors(again, tally, `person${i}`, leaving, personDropped);
        countBytes(again, tally);
        match.rooms[0] = again;
        person.rebind(again);
        tally.reconnections++;
      }, (e) => tally.error(`person${i}: reconnect failed: ${(e as Error).message}`));
    }, 500);
  };
  watchErrors(room, tally, `person${i}`, leaving, personDropped);
  countBytes(room, tally);
  person.seat = await seatMessage;
  const rooms: Room[] = [room];
  const joinAsSpectator = async (s: number): Promise<Room> => {
    const spectator = await client.joinById(room.roomId, { name: `watch${i}x${s}`, spectate: true });
    watchErrors(spectator, tally, `spectator${i}.${s}`, leaving, () => {
      if (!cfg.reconnect || leaving()) return;
      setTimeout(() => {
        if (leaving()) return;
        joinAsSpectator(s).then((again) => { match.rooms[s + 1] = again; tally.reconnections++; },
          (e) => tally.error(`spectator${i}.${s}: rejoin failed: ${(e as Error).message}`));
      }, 500);
    });
    countBytes(spectator, tally);
    return spectator;
  };
  for (let s = 0; s < cfg.spectators; s++) rooms.push(await joinAsSpectator(s));
  person.begin();
  room.send('start', {});
  match.person = person;
  match.rooms = rooms;
  return match;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export type DriverEvent =
  | { type: 'log'; line: string }
  | { type: 'measure-start' }
  | { type: 'interim'; minute: number; ackP50Ms: number; ackP99Ms: number; ordersPerSecond: number; errors: number }
  | { type: 'measure-end' };

function summarize(latencies: number[]) {
  const sorted = latencies.slice().sort((a, b) => a - b);
  return { p50: round1(percentile(sorted, 50)), p99: round1(percentile(sorted, 99)), max: round1(sorted.at(-1) ?? 0), n: sorted.length };
}

export async function runLoad(cfg: LoadConfig, emit: (event: DriverEvent) => void = () => {}): Promise<LoadResult> {
  const tally = new Tally();
  // A client whose decoder complains is out of step with the server: an error of the run.
  const restoreConsole = watchSchemaComplaints((kind, text) => tally.error(`${kind}: ${text.slice(0, 160)}`));
  const client = new Client(cfg.endpoint.replace(/^http/, 'ws'));
  let leaving = false;
  const isLeaving = () => leaving;
  const matches: Match[] = [];
  const setupStart = performance.now();

  // A churning slot: when its match ends, everyone leaves and the slot sets up a fresh room.
  const churn = (match: Match, i: number) => {
    match.person.onEnd = () => {
      if (leaving) return;
      match.person.stop();
      match.closing = true;
      void Promise.allSettled(match.rooms.map((r) => r.leave(true))).then(async () => {
        if (leaving) return;
        try {
          const fresh = await setUpMatch(client, cfg, i, tally, isLeaving);
          const slot = matches.indexOf(match);
          if (slot >= 0) matches[slot] = fresh;
          else matches.push(fresh);
          tally.roomsRecreated++;
          churn(fresh, i);
        } catch (e) {
          tally.error(`re-create match ${i}: ${(e as Error).message}`);
        }
      });
    };
  };

  let next = 0;
  const worker = async () => {
    while (next < cfg.rooms) {
      const i = next++;
      try {
        const match = await setUpMatch(client, cfg, i, tally, isLeaving);
        matches.push(match);
        if (i < Math.round((cfg.recreateShare ?? 0) * cfg.rooms)) churn(match, i);
      } catch (e) {
        tally.error(`setup match ${i}: ${(e as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, cfg.joinConcurrency) }, worker));
  const setupSeconds = (performance.now() - setupStart) / 1000;
  emit({ type: 'log', line: `set up ${matches.length}/${cfg.rooms} matches in ${setupSeconds.toFixed(1)} s` });

  const sweeper = setInterval(() => {
    const now = performance.now();
    for (const m of matches) m.person.sweep(now);
  }, 500);

  await new Promise((r) => setTimeout(r, cfg.warmupMs));
  const cpuStart = process.cpuUsage();
  const measureStart = performance.now();
  tally.measuring = true;
  emit({ type: 'measure-start' });

  // Long runs (the soak) report every minute: latency and errors over time, not just in total.
  let interim: NodeJS.Timeout | undefined;
  if (cfg.measureMs > 120_000) {
    let minute = 0;
    let fromLatency = 0;
    let fromOrders = 0;
    let fromErrors = tally.errors;
    interim = setInterval(() => {
      minute++;
      const window = summarize(tally.latencies.slice(fromLatency));
      emit({
        type: 'interim', minute, ackP50Ms: window.p50, ackP99Ms: window.p99,
        ordersPerSecond: round1((tally.orders - fromOrders) / 60), errors: tally.errors - fromErrors,
      });
      fromLatency = tally.latencies.length;
      fromOrders = tally.orders;
      fromErrors = tally.errors;
    }, 60_000);
  }
  await new Promise((r) => setTimeout(r, cfg.measureMs));
  clearInterval(interim);
  tally.measuring = false;
  emit({ type: 'measure-end' });
  const seconds = (performance.now() - measureStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);

  clearInterval(sweeper);
  leaving = true;
  for (const m of matches) m.person.stop();
  // leave() never settles on a connection that already dropped: bound the wait.
  await Promise.allSettled(matches.flatMap((m) => m.rooms.map((r) => Promise.race([r.leave(true), new Promise((ok) => setTimeout(ok, 3000))]))));

  restoreConsole();
  const ack = summarize(tally.latencies);
  const clients = matches.reduce((n, m) => n + m.rooms.length, 0);
  const roundsPerRoom = matches.length > 0 ? tally.rounds / matches.length : 0;
  return {
    rooms: matches.length,
    clients,
    ordersPerSecond: round1(tally.orders / seconds),
    ackP50Ms: ack.p50,
    ackP99Ms: ack.p99,
    ackMaxMs: ack.max,
    acks: ack.n,
    roundsPerSecond: round1(tally.rounds / seconds),
    actionsPerOrder: tally.orders > 0 ? Math.round((tally.actions / tally.orders) * 100) / 100 : 0,
    bytesPerClientPerRound: clients > 0 && roundsPerRoom > 0 ? Math.round(tally.bytes / clients / roundsPerRoom) : 0,
    errors: tally.errors,
    errorSamples: tally.errorSamples,
    roomsRecreated: tally.roomsRecreated,
    reconnections: tally.reconnections,
    setupSeconds: round1(setupSeconds),
    driverCpuPercent: round1(((cpu.user + cpu.system) / 1e6 / seconds) * 100),
  };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  // Protocol with bench.ts: one JSON object per stdout line; the last one has type 'result'.
  const cfg = { ...DEFAULT_LOAD, ...JSON.parse(process.argv[2] ?? '{}') } as LoadConfig;
  const print = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
  const result = await runLoad(cfg, print);
  print({ type: 'result', ...result });
  process.exit(0);
}
