// The framework ceiling for the load benchmark: a Colyseus room that speaks the same messages as
// the `match` room (create/join options, `start`, `orders {round, actions, submit?, rev}`,
// `rematch`, `seat {seat, seatToken}`, `error {code, message}`), with the same timers and the
// same owner-only `draftRev` / `draftJson` seat fields through StateView — but trivial state and
// no rules. Whatever our server costs beyond this room is the price of the game itself.
// Run directly (`tsx tests/load/bareRoom.ts`) it serves on PORT (0 = any) and prints one JSON
// ready line on stdout, like tests/load/gameServer.ts.
import http from 'node:http';
import { Room, Server, type Client } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { ArraySchema, Schema, StateView, type, view } from '@colyseus/schema';

export class BareSeat extends Schema {
  @type('string') name = '';
  @type('boolean') isBot = false;
  @type('boolean') connected = false;
  @type('boolean') submitted = false;
  @view() @type('string') draftJson = '';
  @view() @type('number') draftRev = 0;
}

export class BareState extends Schema {
  @type('string') code = '';
  @type('string') phase = 'lobby';
  @type('number') round = 0;
  @type('number') rounds = 12;
  @type('number') deadline = 0;
  @type('string') hostSessionId = '';
  @type([BareSeat]) seats = new ArraySchema<BareSeat>();
  @type('number') spectators = 0;
}

interface BareCreateOptions { seats?: number; rounds?: number; turnSeconds?: number; turnMs?: number }
interface BareJoinOptions { name?: string; spectate?: boolean }

/** Same timing knobs as the game's test-only options: a turn length and a resolution pause. */
export interface BareTimers { turnMs: number; resolveMs: number }

export class BareMatchRoom extends Room<BareState> {
  static timers: BareTimers = { turnMs: 15_000, resolveMs: 0 };

  private seatOf = new Map<string, number>();
  private turnTimer: { clear(): void } | null = null;

  override onCreate(options: BareCreateOptions): void {
    const state = new BareState();
    const seats = Math.min(6, Math.max(3, Number(options.seats) || 3));
    for (let i = 0; i < seats; i++) state.seats.push(new BareSeat());
    state.rounds = Math.min(24, Math.max(3, Number(options.rounds) || 12));
    state.code = this.roomId;
    this.setState(state);
    this.maxClients = 64;
    this.patchRate = 50;

    this.onMessage('start', (client) => {
      if (client.sessionId !== this.state.hostSessionId) return this.refuse(client, 'NOT_HOST', 'Only the host may start.');
      if (this.state.phase !== 'lobby') return this.refuse(client, 'ALREADY_STARTED', 'The match has started.');
      this.state.seats.forEach((seat) => { if (!seat.connected) { seat.isBot = true; seat.name = 'bot'; } });
      this.beginRound(1);
    });
    this.onMessage('rematch', (client) => {
      if (this.state.phase !== 'ended') return this.refuse(client, 'NOT_ENDED', 'The match is still on.');
      this.beginRound(1);
    });
    this.onMessage('orders', (client, message: unknown) => {
      const seat = this.seatOf.get(client.sessionId);
      const orders = message as { round?: unknown; actions?: unknown; submit?: unknown; rev?: unknown } | null;
      if (seat === undefined) return this.refuse(client, 'NOT_SEATED', 'Spectators cannot order.');
      if (this.state.phase !== 'orders') return this.refuse(client, 'NOT_ORDERS_PHASE', 'Orders are closed.');
      if (!orders || typeof orders !== 'object' || orders.round !== this.state.round || !Array.isArray(orders.actions)) {
        return this.refuse(client, 'BAD_ORDERS', 'Orders need the current round and an actions array.');
      }
      const entry = this.state.seats[seat];
      entry.draftJson = JSON.stringify(orders.actions);
      if (typeof orders.rev === 'number') entry.draftRev = orders.rev;
      if (orders.submit === true) {
        entry.submitted = true;
        // Bots order instantly, so one person's submit closes the round, as in the game.
        this.resolve();
      }
    });
    this.onMessage('*', (client) => this.refuse(client, 'UNKNOWN_MESSAGE', 'Unknown message type.'));
  }

  override onJoin(client: Client, options: BareJoinOptions): void {
    client.view = new StateView();
    if (!this.state.hostSessionId) this.state.hostSessionId = client.sessionId;
    const free = this.state.seats.findIndex((s) => !s.connected && !s.isBot);
    if (options?.spectate || this.state.phase !== 'lobby' || free < 0) {
      this.state.spectators++;
      return;
    }
    const seat = this.state.seats[free];
    seat.connected = true;
    seat.name = String(options?.name ?? 'player').slice(0, 24);
    this.seatOf.set(client.sessionId, free);
    client.view.add(seat);
    client.send('seat', { seat: free, seatToken: `${this.roomId}.${free}` });
  }

  override onLeave(client: Client): void {
    const seat = this.seatOf.get(client.sessionId);
    if (seat === undefined) {
      this.state.spectators = Math.max(0, this.state.spectators - 1);
      return;
    }
    this.seatOf.delete(client.sessionId);
    this.state.seats[seat].connected = false;
  }

  override onDispose(): void {
    this.turnTimer?.clear();
  }

  private beginRound(round: number): void {
    this.turnTimer?.clear();
    this.state.round = round;
    this.state.phase = 'orders';
    this.state.deadline = Date.now() + BareMatchRoom.timers.turnMs;
    this.state.seats.forEach((seat) => { seat.submitted = false; seat.draftJson = ''; });
    this.turnTimer = this.clock.setTimeout(() => this.resolve(), BareMatchRoom.timers.turnMs);
  }

  private resolve(): void {
    this.turnTimer?.clear();
    this.state.phase = 'resolving';
    const next = () => {
      if (this.state.round >= this.state.rounds) {
        this.state.phase = 'ended';
        this.turnTimer = null;
      } else {
        this.beginRound(this.state.round + 1);
      }
    };
    if (BareMatchRoom.timers.resolveMs > 0) this.turnTimer = this.clock.setTimeout(next, BareMatchRoom.timers.resolveMs);
    else next();
  }

  private refuse(client: Client, code: string, message: string): void {
    client.send('error', { code, message });
  }
}

export async function startBareServer(opts: { port: number; host?: string; timers?: Partial<BareTimers> }) {
  BareMatchRoom.timers = { ...BareMatchRoom.timers, ...opts.timers };
  const httpServer = http.createServer((req, res) => {
    res.writeHead(req.url === '/healthz' ? 200 : 404, { 'content-type': 'text/plain' });
    res.end(req.url === '/healthz' ? 'ok' : 'not found');
  });
  const gameServer = new Server({ transport: new WebSocketTransport({ server: httpServer }), greet: false });
  gameServer.define('match', BareMatchRoom);
  await gameServer.listen(opts.port, opts.host ?? '127.0.0.1');
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    port,
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    close: () => gameServer.gracefullyShutdown(false),
  };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const server = await startBareServer({
    port: Number(process.env.PORT ?? 0),
    timers: {
      turnMs: Number(process.env.BENCH_TURN_MS ?? 15_000),
      resolveMs: Number(process.env.BENCH_RESOLVE_MS ?? 0),
    },
  });
  // Colyseus's own SIGTERM handler shuts down and exits (which also flushes --cpu-prof).
  // On stderr: stdout carries the server's own log lines and may be redirected to a file.
process.stderr.write(`${JSON.stringify({ ready: true, port: server.port, pid: process.pid })}\n`);
}

// A benchmark or test that dies without stopping its children must not leave servers behind:
// once re-parented (the parent is gone), stop.
if (isMain) {
  const orphanWatch = setInterval(() => { if (process.ppid === 1) process.kill(process.pid, 'SIGTERM'); }, 2000);
  orphanWatch.unref();
}
