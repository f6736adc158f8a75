// Child processes of the benchmark and of the scale-out test: a server (game, bare, or
// server/main.ts) that announces itself with one JSON line on stdout, and the load driver,
// which speaks JSON lines. Every child runs TypeScript through `node --import tsx` so its pid is
// the node process itself (what /proc measures and what --cpu-prof profiles).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerChild {
  port: number;
  pid: number;
  url: string;
  child: ChildProcess;
  /** The last lines the child wrote (stdout and stderr), for error reports. */
  tail(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnServerOptions {
  entry: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  /** How to tell the port from a stdout line; default: a JSON line `{ready: true, port}`. */
  readyPort?: (line: string) => number | null;
  /** Instead: the port is known (e.g. PORT=N for server/main.ts); ready once /healthz answers 200. */
  knownPort?: number;
  /**
   * Send the child's stdout (its log lines) to this file instead of a pipe. A pipe read by a
   * busy benchmark process blocks a server that logs synchronously; a file behaves like a
   * production log. The ready line is then read from stderr.
   */
  stdoutFile?: string;
  timeoutMs?: number;
}

function jsonReadyPort(line: string): number | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(line) as { ready?: boolean; port?: number };
    return parsed.ready && typeof parsed.port === 'number' ? parsed.port : null;
  } catch {
    return null;
  }
}

export function spawnServer(opts: SpawnServerOptions): Promise<ServerChild> {
  const logFd = opts.stdoutFile ? openSync(opts.stdoutFile, 'w') : null;
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', opts.entry], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', logFd ?? 'pipe', 'pipe'],
  });
  if (logFd !== null) closeSync(logFd);
  const lines: string[] = [];
  const keep = (line: string) => { lines.push(line); if (lines.length > 40) lines.shift(); };
  const readyPort = opts.readyPort ?? jsonReadyPort;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise<ServerChild>((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      child.kill('SIGKILL');
      reject(new Error(`${opts.entry}: ${why}\n${lines.join('\n')}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${opts.timeoutMs ?? 30_000} ms`), opts.timeoutMs ?? 30_000);
    child.once('exit', (code, signal) => { clearTimeout(timer); fail(`exited early (code ${code}, signal ${signal})`); });
    const ready = (port: number) => {
      settled = true;
      clearTimeout(timer);
      resolve({
        port,
        pid: child.pid!,
        url: `http://127.0.0.1:${port}`,
        child,
        tail: () => lines.join('\n'),
        async stop(graceMs = 5000) {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          await exited;
          clearTimeout(killer);
        },
      });
    };
    // Every pipe is always drained: a full pipe would block a chatty server.
    const onLine = (line: string) => {
      keep(line);
      if (settled || opts.knownPort !== undefined) return;
      const port = readyPort(line);
      if (port !== null) ready(port);
    };
    createInterface({ input: child.stderr! }).on('line', onLine);
    if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
    if (opts.knownPort !== undefined) {
      const port = opts.knownPort;
      const poll = async () => {
        if (settled) return;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`);
          if (res.ok) { ready(port); return; }
        } catch { /* not listening yet */ }
        setTimeout(poll, 200);
      };
      void poll();
    }
  });
}

/** A port that was free a moment ago (bind to 0, read it, release it). */
export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Runs the load driver in its own process; `onEvent` sees every JSON line, the result resolves. */
export function runDriverChild<T>(config: object, onEvent: (event: { type: string } & Record<string, unknown>) => void, timeoutMs: number): Promise<T> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/load/driver.ts', JSON.stringify(config)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errLines: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (l) => { errLines.push(l); if (errLines.length > 30) errLines.shift(); });
  return new Promise<T>((resolve, reject) => {
    let result: T | null = null;
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`driver timed out\n${errLines.join('\n')}`)); }, timeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let event: { type: string } & Record<string, unknown>;
      try { event = JSON.parse(line); } catch { errLines.push(line); return; }
      if (event.type === 'result') result = event as unknown as T;
      else onEvent(event);
    });
    // 'close', not 'exit': the last stdout line (the result) may still be in the pipe at exit.
    child.once('close', (code) => {
      clearTimeout(timer);
      if (result) resolve(result);
      else reject(new Error(`driver exited with code ${code} and no result\n${errLines.join('\n')}`));
    });
  });
}
