// `npm start` from the shell, the way a person runs it after cloning: it builds the client,
// serves it and /healthz on PORT, and exits cleanly on SIGTERM. It runs in a copy of the
// working tree (node_modules linked), so its build never replaces the dist/ other suites serve.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const SKIP = new Set(['node_modules', '.git', 'dist', 'test-results', '.vite']);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

async function poll(url: string, until: number, exited: () => boolean): Promise<Response> {
  let last: unknown;
  while (Date.now() < until) {
    if (exited()) throw new Error('npm start exited before serving');
    try {
      const res = await fetch(url);
      if (res.ok) return res;
      last = `HTTP ${res.status}`;
    } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url}: ${String(last)}`);
}

let child: ChildProcess | null = null;
let workdir = '';
afterAll(() => {
  if (child && child.exitCode === null && child.pid) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  if (workdir) fs.rmSync(workdir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('builds, serves the game and /healthz on PORT, and exits cleanly on SIGTERM', async () => {
    workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bop-start-'));
    for (const entry of fs.readdirSync(repo)) {
      if (SKIP.has(entry)) continue;
      fs.cpSync(path.join(repo, entry), path.join(workdir, entry), { recursive: true, filter: (src) => !SKIP.has(path.basename(src)) });
    }
    fs.symlinkSync(path.join(repo, 'node_modules'), path.join(workdir, 'node_modules'), 'dir');

    const port = await freePort();
    let output = '';
    child = spawn('npm', ['start'], {
      cwd: workdir,
      env: { ...process.env, PORT: String(port), REDIS_URL: '', PUBLIC_ADDRESS: '', NODE_ENV: 'production' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => { output += d; });
    child.stderr!.on('data', (d) => { output += d; });
    // 'close', not 'exit': 'exit' can come before the last of the output has been read, and
    // then the final log lines seemed missing.
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child!.once('close', (code, signal) => resolve({ code, signal }));
    });
    const exited = () => child!.exitCode !== null || child!.signalCode !== null;

    try {
      const until = Date.now() + 150_000;
      const health = await poll(`http://127.0.0.1:${port}/healthz`, until, exited);
      expect(await health.json()).toMatchObject({ ok: true });
      const page = await poll(`http://127.0.0.1:${port}/`, until, exited);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect((await page.text()).toLowerCase()).toContain('<html');
      const spa = await fetch(`http://127.0.0.1:${port}/?room=ABCDEF`);
      expect(spa.status).toBe(200);
      const rooms = await fetch(`http://127.0.0.1:${port}/api/rooms`);
      expect(await rooms.json()).toEqual({ rooms: [] });
    } catch (e) {
      throw new Error(`${(e as Error).message}\n--- npm start output ---\n${output.slice(-4000)}`);
    }

    // SIGTERM to the whole process group, as a service manager or Ctrl-C would.
    process.kill(-child.pid!, 'SIGTERM');
    const result = await Promise.race([exit, new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
    expect(result, `npm start did not exit after SIGTERM\n${output.slice(-2000)}`).not.toBeNull();
    expect(output).toContain('"event":"server.stopped"');
    expect(output).not.toContain('server.crashed');
    // The game server exits 0; npm reports the signal its shell received, never a crash.
    expect(result!.code === 0 || result!.signal === 'SIGTERM' || result!.code === 143, JSON.stringify(result)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 200_000);
});
