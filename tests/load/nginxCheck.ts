// Checks docs/nginx.conf for real (`npx tsx tests/load/nginxCheck.ts`; needs nginx and
// redis-server installed, so it is a manual check, not part of `npm test`): two game server
// processes over a throw-away Redis, each with PUBLIC_ADDRESS = <nginx>/p1 or /p2, behind nginx
// running the documented config (TLS swapped for a plain loopback listener). A room is created
// and joined by code through nginx only, orders are acknowledged, and both processes list it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { REPO_ROOT, freePort, spawnServer, type ServerChild } from './childProcess';
import { startRedis } from './redisServer';

type AnyState = Record<string, any>;

function check(ok: unknown, what: string): void {
  if (!ok) throw new Error(`FAILED: ${what}`);
  process.stdout.write(`ok - ${what}\n`);
}

function until(room: Room, what: string, test: (s: AnyState) => boolean, ms = 15_000): Promise<AnyState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms);
    const probe = (s: AnyState) => { if (s && test(s)) { clearTimeout(timer); resolve(s); } };
    room.onStateChange(probe);
    probe(room.state as AnyState);
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'bop-nginx-'));
const redis = await startRedis();
const servers: ServerChild[] = [];
let nginx: ReturnType<typeof spawn> | null = null;
try {
  const [front, redirect, p1, p2] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  for (const [port, prefix] of [[p1, 'p1'], [p2, 'p2']] as const) {
    servers.push(await spawnServer({
      entry: 'tests/load/gameServer.ts',
      env: { PORT: String(port), REDIS_URL: redis.url, PUBLIC_ADDRESS: `127.0.0.1:${front}/${prefix}`, BENCH_QUIET: '1', BENCH_RESOLVE_MS: '200' },
    }));
  }
  const documented = readFileSync(path.join(REPO_ROOT, 'docs/nginx.conf'), 'utf8');
  const site = documented
    .replaceAll('127.0.0.1:2567', `127.0.0.1:${p1}`)
    .replaceAll('127.0.0.1:2568', `127.0.0.1:${p2}`)
    .replace('listen 443 ssl;', `listen 127.0.0.1:${front};`)
    .replace('listen 80;', `listen 127.0.0.1:${redirect};`)
    .replace(/^\s*ssl_certificate.*$/gm, '');
  writeFileSync(path.join(dir, 'site.conf'), site);
  writeFileSync(path.join(dir, 'nginx.conf'), `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  include ${dir}/site.conf;
}
`);
  nginx = spawn('/usr/sbin/nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${front}`;
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  check((await fetch(`${base}/healthz`)).ok, 'nginx proxies /healthz to a game process');

  const host = await new Client(`ws://127.0.0.1:${front}`).create('match', { name: 'Ada', seats: 3, rounds: 3, botLevel: 'easy' });
  host.onMessage('*', () => {});
  const code = host.roomId;
  check(/^[A-Z0-9]{6}$/.test(code), `room ${code} created through nginx`);
  const guest = await new Client(`ws://127.0.0.1:${front}`).joinById(code, { name: 'Bo' });
  guest.onMessage('*', () => {});
  check(guest.roomId === code, 'joined by code through nginx (WebSocket routed by its /pN/ prefix)');

  const listed = await Promise.all([p1, p2].map(async (p) =>
    ((await (await fetch(`http://127.0.0.1:${p}/api/rooms`)).json()) as { rooms: Array<{ code: string }> }).rooms.map((r) => r.code)));
  check(listed.every((codes) => codes.includes(code)), 'both processes list the room');

  // Colyseus puts a new room on the least loaded process (room counts are shared about once a
  // second): a few more rooms, a little apart, land on both processes and use both prefixes.
  const urlOf = (room: Room) => String((room.connection as any).transport.ws.url);
  const extra: Room[] = [];
  const prefixes = new Set([/:\d+\/(p\d)\//.exec(urlOf(host))?.[1]]);
  for (let i = 0; i < 4 && prefixes.size < 2; i++) {
    await new Promise((r) => setTimeout(r, 1500));
    const room = await new Client(`ws://127.0.0.1:${front}`).create('match', { name: `Cy${i}`, seats: 3 });
    room.onMessage('*', () => {});
    extra.push(room);
    prefixes.add(/:\d+\/(p\d)\//.exec(urlOf(room))?.[1]);
  }
  check(prefixes.has('p1') && prefixes.has('p2'), `rooms on both processes, each WebSocket through its own prefix (${[...prefixes].join(', ')})`);

  host.send('start');
  const s = await until(host, 'orders phase', (st) => st.phase === 'orders');
  const mine = [...s.seats].findIndex((seat: AnyState) => seat.sessionId === host.sessionId);
  host.send('orders', { round: s.round, actions: [], rev: 7 });
  await until(host, 'draftRev 7', (st) => Number(st.seats?.[mine]?.draftRev) === 7);
  check(true, 'orders acknowledged over the proxied WebSocket');
  await Promise.all([host, guest, ...extra].map((r) => r.leave(true)));
  process.stdout.write('nginx example config: all checks passed\n');
} finally {
  nginx?.kill('SIGTERM');
  await Promise.allSettled(servers.map((s) => s.stop()));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
