// `npm run bench` — the server's capacity as a measured figure (issue 5).
// For each target (our game server, then the bare Colyseus room of bareRoom.ts) and each step of
// R concurrent matches, it starts a fresh server child, drives it from a separate driver child
// (real colyseus.js clients, see driver.ts), samples the server's CPU and RSS from /proc, and
// prints one JSON line. It stops raising R when ack p99 passes the limit or any error appears,
// then prints the largest R that held and our capacity as a ratio of the bare room's.
//   npm run bench                         ladder 25, 50, 100, 200, 400, 800, 1600 on both targets
//   npm run bench -- --max 400 --measure 10
//   npm run bench -- --only game --steps 100,200
//   npm run bench -- --profile 200        one step at R=200 with the server under --cpu-prof
//   npm run bench -- --soak 30            half of the game's capacity for 30 minutes, RSS per minute
//   npm run bench -- --soak 30 --rooms 200   (skip the ladder: soak at 200 matches)
// Everything runs on 127.0.0.1, every loop is bounded, and every child is stopped at the end.
import { parseArgs } from 'node:util';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDriverChild, spawnServer, type ServerChild } from './childProcess';
import { DEFAULT_LOAD, type LoadConfig, type LoadResult } from './driver';
import { sampleProc, watchProc } from './procStats';
import { summarizeProfile } from './cpuProfile';

type TargetName = 'game' | 'bare';

const { values: args } = parseArgs({
  options: {
    steps: { type: 'string', default: '25,50,100,200,400,800,1600' },
    max: { type: 'string' },
    only: { type: 'string' },
    measure: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '5' },
    spectators: { type: 'string', default: String(DEFAULT_LOAD.spectators) },
    seats: { type: 'string', default: String(DEFAULT_LOAD.seats) },
    'draft-ms': { type: 'string', default: String(DEFAULT_LOAD.draftIntervalMs) },
    drafts: { type: 'string', default: String(DEFAULT_LOAD.draftsPerRound) },
    'turn-ms': { type: 'string', default: '15000' },
    'resolve-ms': { type: 'string', default: '1000' },
    'p99-limit': { type: 'string', default: '250' },
    profile: { type: 'string' },
    soak: { type: 'string' },
    rooms: { type: 'string' },
    tries: { type: 'string', default: '3' },
  },
  strict: true,
});

const P99_LIMIT_MS = Number(args['p99-limit']);
const steps = args.steps!.split(',').map(Number).filter((n) => n > 0)
  .filter((n) => !args.max || n <= Number(args.max));
const timersEnv = { BENCH_TURN_MS: String(args['turn-ms']), BENCH_RESOLVE_MS: String(args['resolve-ms']) };

const TARGETS: Record<TargetName, { entry: string }> = {
  game: { entry: 'tests/load/gameServer.ts' },
  bare: { entry: 'tests/load/bareRoom.ts' },
};

function loadConfig(target: TargetName, port: number, rooms: number, measureMs: number): LoadConfig {
  return {
    ...DEFAULT_LOAD,
    endpoint: `http://127.0.0.1:${port}`,
    rooms,
    mode: target,
    spectators: Number(args.spectators),
    seats: Number(args.seats),
    draftIntervalMs: Number(args['draft-ms']),
    draftsPerRound: Number(args.drafts),
    warmupMs: Number(args.warmup) * 1000,
    measureMs,
  };
}

/** The server child's log lines go to a file, as in production (see childProcess.ts). */
const serverLogFile = (target: TargetName) => path.join(os.tmpdir(), `bop-bench-${target}-${process.pid}.log`);

function cpuPressure(): number | null {
  try {
    const m = /some avg10=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const print = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
const note = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let liveServer: ServerChild | null = null;
const stopLive = async () => { const s = liveServer; liveServer = null; await s?.stop(); };
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => { void stopLive().finally(() => process.exit(130)); });
}

interface StepLine {
  target: TargetName;
  rooms: number;
  clients: number;
  ordersPerSecond: number;
  ackP50Ms: number;
  ackP99Ms: number;
  serverCpuPercent: number;
  serverRssMB: number;
  bytesPerClientPerRound: number;
  errors: number;
  /** Extra figures that explain the main ones. */
  ackMaxMs: number;
  roundsPerSecond: number;
  actionsPerOrder: number;
  serverIdleRssMB: number;
  rssPerMatchMB: number;
  driverCpuPercent: number;
  setupSeconds: number;
  /** The machine's 1-minute load average at the end of the step: other work competing for the 2 cores. */
  loadAvg1: number;
  /** Linux PSI: % of the last 10 s in which some runnable task waited for a CPU (null if unavailable). */
  cpuPressure10s: number | null;
  held: boolean;
  errorSamples?: string[];
}

async function runStep(target: TargetName, rooms: number, nodeArgs: string[] = []): Promise<StepLine> {
  const server = await spawnServer({ entry: TARGETS[target].entry, env: { PORT: '0', ...timersEnv }, nodeArgs, stdoutFile: serverLogFile(target) });
  liveServer = server;
  try {
    await sleep(1000);
    const idle = sampleProc(server.pid);
    let watch: ReturnType<typeof watchProc> | null = null;
    let figures = { cpuPercent: 0, rssMB: 0, peakRssMB: 0 };
    const measureMs = Number(args.measure) * 1000;
    const setupBudgetMs = 60_000 + rooms * 250;
    const result = await runDriverChild<LoadResult>(loadConfig(target, server.port, rooms, measureMs), (event) => {
      if (event.type === 'measure-start') watch = watchProc(server.pid);
      if (event.type === 'measure-end' && watch) figures = watch.stop();
      if (event.type === 'log') note(`${target} R=${rooms}: ${event.line}`);
    }, setupBudgetMs + measureMs + Number(args.warmup) * 1000 + 60_000);
    const idleRss = idle?.rssMB ?? 0;
    const held = result.errors === 0 && result.ackP99Ms <= P99_LIMIT_MS && result.rooms === rooms && result.acks > 0;
    return {
      target,
      rooms: result.rooms,
      clients: result.clients,
      ordersPerSecond: result.ordersPerSecond,
      ackP50Ms: result.ackP50Ms,
      ackP99Ms: result.ackP99Ms,
      serverCpuPercent: Math.round(figures.cpuPercent * 10) / 10,
      serverRssMB: Math.round(figures.peakRssMB * 10) / 10,
      bytesPerClientPerRound: result.bytesPerClientPerRound,
      errors: result.errors,
      ackMaxMs: result.ackMaxMs,
      roundsPerSecond: result.roundsPerSecond,
      actionsPerOrder: result.actionsPerOrder,
      serverIdleRssMB: Math.round(idleRss * 10) / 10,
      rssPerMatchMB: rooms > 0 ? Math.round(((figures.peakRssMB - idleRss) / rooms) * 1000) / 1000 : 0,
      driverCpuPercent: result.driverCpuPercent,
      setupSeconds: result.setupSeconds,
      loadAvg1: Math.round(os.loadavg()[0] * 10) / 10,
      cpuPressure10s: cpuPressure(),
      held,
      ...(result.errors > 0 ? { errorSamples: result.errorSamples } : {}),
    };
  } finally {
    await stopLive();
  }
}

/**
 * Raises R along the ladder until a step fails; returns the largest R that held (0 = none).
 * With several targets, each R runs on every target still standing before R grows, so the game
 * and the bare room meet the same background noise of a shared machine at the same time.
 */
async function ladder(targets: TargetName[]): Promise<Record<TargetName, { held: number; capped: boolean; lines: StepLine[] }>> {
  const out = {} as Record<TargetName, { held: number; capped: boolean; lines: StepLine[] }>;
  for (const t of targets) out[t] = { held: 0, capped: true, lines: [] };
  for (const rooms of steps) {
    const standing = targets.filter((t) => out[t].capped);
    if (standing.length === 0) break;
    for (const target of standing) {
      // A step that fails on latency alone is tried again (up to --tries): on a shared machine a
      // burst of someone else's work can push one run's p99 over the limit. Errors never retry.
      let line = await runStep(target, rooms);
      for (let attempt = 2; !line.held && line.errors === 0 && attempt <= Number(args.tries); attempt++) {
        print({ ...line, retried: true });
        line = await runStep(target, rooms);
      }
      out[target].lines.push(line);
      print(line);
      if (line.held) out[target].held = rooms;
      else out[target].capped = false;
    }
  }
  return out;
}

function machine() {
  return {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    load: { spectatorsPerMatch: Number(args.spectators), seats: Number(args.seats), draftIntervalMs: Number(args['draft-ms']), draftsPerRound: Number(args.drafts), turnMs: Number(args['turn-ms']), resolveMs: Number(args['resolve-ms']), measureSeconds: Number(args.measure), p99LimitMs: P99_LIMIT_MS },
  };
}

async function profile(rooms: number): Promise<void> {
  const dir = path.join(os.tmpdir(), `bop-cpu-prof-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const line = await runStep('game', rooms, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  print(line);
  // tsx's loader runs in a worker thread with its own profile: the main thread's is the largest.
  const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))
    .sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size)[0];
  if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
  const summary = summarizeProfile(path.join(dir, file));
  print({ profile: path.join(dir, file), ...summary });
}

async function soak(minutes: number, roomsArg?: number): Promise<void> {
  let rooms = roomsArg ?? 0;
  if (!rooms) {
    const capacity = (await ladder(['game'])).game;
    rooms = Math.max(1, Math.floor(capacity.held / 2));
    note(`capacity ${capacity.held} matches: soaking at ${rooms}`);
  }
  const server = await spawnServer({ entry: TARGETS.game.entry, env: { PORT: '0', ...timersEnv }, stdoutFile: serverLogFile('game') });
  liveServer = server;
  try {
    await sleep(1000);
    const idle = sampleProc(server.pid);
    print({ soak: 'start', rooms, minutes, serverIdleRssMB: Math.round((idle?.rssMB ?? 0) * 10) / 10 });
    let last = sampleProc(server.pid);
    const memory: number[] = [];
    const measureMs = minutes * 60_000;
    // Half the matches end in a rematch, half in a new room: both paths must not leak.
    const soakConfig = { ...loadConfig('game', server.port, rooms, measureMs), recreateShare: 0.5, reconnect: true };
    const result = await runDriverChild<LoadResult>(soakConfig, (event) => {
      if (event.type === 'measure-start') last = sampleProc(server.pid);
      if (event.type === 'interim') {
        const now = sampleProc(server.pid);
        const cpu = now && last ? ((now.cpuTicks - last.cpuTicks) / 100 / ((now.atMs - last.atMs) / 1000)) * 100 : 0;
        last = now;
        memory.push(now?.rssMB ?? 0);
        print({ soakMinute: event.minute, serverRssMB: Math.round((now?.rssMB ?? 0) * 10) / 10, serverCpuPercent: Math.round(cpu * 10) / 10, ackP50Ms: event.ackP50Ms, ackP99Ms: event.ackP99Ms, ordersPerSecond: event.ordersPerSecond, errors: event.errors });
      }
      if (event.type === 'log') note(`soak: ${event.line}`);
    }, measureMs + 10 * 60_000);
    // Memory trend over the second half (the first minutes include warm-up growth).
    const half = memory.slice(Math.floor(memory.length / 2));
    const slope = half.length > 1 ? (half.at(-1)! - half[0]) / (half.length - 1) : 0;
    print({ soak: 'end', minutes, ...result, rssFirstMinuteMB: Math.round((memory[0] ?? 0) * 10) / 10, rssLastMinuteMB: Math.round((memory.at(-1) ?? 0) * 10) / 10, rssPeakMB: Math.round(Math.max(0, ...memory) * 10) / 10, rssSlopeSecondHalfMBPerMinute: Math.round(slope * 100) / 100 });
  } finally {
    await stopLive();
  }
}

async function main(): Promise<void> {
  print({ bench: 'balance-of-power', ...machine() });
  if (args.profile) return profile(Number(args.profile));
  if (args.soak) return soak(Number(args.soak), args.rooms ? Number(args.rooms) : undefined);
  const targets: TargetName[] = args.only ? [args.only as TargetName] : ['game', 'bare'];
  const results: Partial<Record<TargetName, { held: number; capped: boolean; lines: StepLine[] }>> = await ladder(targets);
  for (const target of targets) {
    print({ target, largestRoomsHeld: results[target]!.held, ceilingReached: !results[target]!.capped });
  }
  const game = results.game;
  const bare = results.bare;
  if (game && bare) {
    // At the largest R both held, the server CPU each spent: how much dearer a real match is.
    const common = Math.min(game.held, bare.held);
    const g = game.lines.find((l) => l.rooms === common);
    const b = bare.lines.find((l) => l.rooms === common);
    print({
      summary: true,
      gameLargestRoomsHeld: game.held,
      bareLargestRoomsHeld: bare.held,
      capacityRatio: bare.held > 0 ? Math.round((game.held / bare.held) * 100) / 100 : null,
      bareCeilingNotReached: bare.capped,
      note: bare.capped ? `the bare room held every step up to ${bare.held}: its ceiling is higher, so the ratio is an upper bound` : undefined,
      cpuCostRatioAtCommonR: g && b && g.serverCpuPercent > 0 ? Math.round((b.serverCpuPercent / g.serverCpuPercent) * 100) / 100 : null,
      commonRooms: common,
    });
  }
}

main().then(() => process.exit(0), async (e) => {
  await stopLive();
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
