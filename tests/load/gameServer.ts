// The real game server in its own process, for the benchmark and the scale-out test: the same
// startServer() that `npm start` runs, with REDIS_URL / PUBLIC_ADDRESS read by scaleOptionsFromEnv
// like server/main.ts, and server-side timers shortened through startServer's `timing` (clients
// can never set those). Prints one JSON ready line `{ready, port, pid}` on stderr.
//   PORT               0 = any free port
//   BENCH_TURN_MS      fixed orders timer for every round
//   BENCH_RESOLVE_MS   length of phase 'resolving'
//   BENCH_QUIET=1      drop the server's log lines (default: written to stdout like npm start)
//   BENCH_LOOP_MS=N    every N ms, one stderr JSON line with the event loop's delay (p50/p99/max)
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { scaleOptionsFromEnv } from '../../server/scaleConfig';
import { startServer } from '../../server/startServer';

const env = process.env;
const numberFrom = (raw: string | undefined): number | undefined => {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

const turnMs = numberFrom(env.BENCH_TURN_MS);
const resolvingMs = numberFrom(env.BENCH_RESOLVE_MS);
const server = await startServer({
  port: numberFrom(env.PORT) ?? 0,
  host: '127.0.0.1',
  scale: scaleOptionsFromEnv(env),
  serveClient: false,
  timing: {
    ...(turnMs !== undefined ? { turnMs } : {}),
    ...(resolvingMs !== undefined ? { resolvingMs } : {}),
  },
  ...(env.BENCH_QUIET === '1' ? { logger: () => {} } : {}),
});
// On stderr: stdout carries the server's own log lines and may be redirected to a file.
process.stderr.write(`${JSON.stringify({ ready: true, port: server.port, pid: process.pid })}\n`);

// Event-loop delay: whether acks wait on this process (a busy or blocked loop) or elsewhere.
const loopEvery = numberFrom(env.BENCH_LOOP_MS);
if (loopEvery) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  setInterval(() => {
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    process.stderr.write(`${JSON.stringify({ loop: true, p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max) })}\n`);
    histogram.reset();
  }, loopEvery).unref();
}

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  // Exiting normally (not by the signal's default action) also flushes --cpu-prof.
  server.close().then(() => process.exit(0), () => process.exit(1));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

// A benchmark or test that dies without stopping its children must not leave servers behind:
// once re-parented (the parent is gone), stop.
const orphanWatch = setInterval(() => { if (process.ppid === 1) process.kill(process.pid, 'SIGTERM'); }, 2000);
orphanWatch.unref();
