// Scale-out over Redis, end to end: a real redis-server on a random loopback port and two real
// server processes sharing it, each with its own PUBLIC_ADDRESS. A room created through one
// process is joined by code through the other, listed by both, and played to the end; room
// codes are claimed atomically in Redis; a crashed process's rooms leave the listing.
// Fails (never skips) when redis-server is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { Client, type Room } from 'colyseus.js';
import { RedisPresence } from '@colyseus/redis-presence';
import { ROOM_CODE_PATTERN } from '../../shared/protocol';
import { claimRoomCode, releaseRoomCode } from '../../server/roomCodes';
import { ScaleConfigError, scaleOptionsFromEnv } from '../../server/scaleConfig';
import { REPO_ROOT, freePort, spawnServer, type ServerChild } from '../load/childProcess';
import { startRedis, type RedisChild } from '../load/redisServer';

type AnyState = Record<string, any>;

let redis: RedisChild;
const servers: ServerChild[] = [];
const rooms: Room[] = [];

async function startProcess(redisUrl: string): Promise<ServerChild> {
  const port = await freePort();
  const server = await spawnServer({
    entry: 'tests/load/gameServer.ts',
    env: {
      PORT: String(port),
      REDIS_URL: redisUrl,
      PUBLIC_ADDRESS: `127.0.0.1:${port}`,
      BENCH_TURN_MS: '3000',
      BENCH_RESOLVE_MS: '100',
      BENCH_QUIET: '1',
    },
  });
  servers.push(server);
  return server;
}

function wsClient(server: ServerChild): Client {
  return new Client(`ws://127.0.0.1:${server.port}`);
}

/** The server sends `seat` right after a join; this test reads seats from state instead. */
function quiet<T extends Room>(room: T): T {
  room.onMessage('seat', () => {});
  return room;
}

async function listedCodes(server: ServerChild): Promise<string[]> {
  const res = await fetch(`${server.url}/api/rooms`);
  expect(res.status).toBe(200);
  const body = await res.json() as { rooms: Array<{ code: string }> };
  return body.rooms.map((r) => r.code);
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as T;
    } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

function stateWhere(room: Room, what: string, test: (s: AnyState) => boolean, timeoutMs = 20_000): Promise<AnyState> {
  return new Promise((resolve, reject) => {
    const check = (s: AnyState) => {
      if (!s || !test(s)) return false;
      clearTimeout(timer);
      // Removed after this dispatch: removing during it would skip the next listener.
      queueMicrotask(() => room.onStateChange.remove(check));
      resolve(s);
      return true;
    };
    const timer = setTimeout(() => {
      room.onStateChange.remove(check);
      reject(new Error(`timed out waiting for ${what} (phase ${room.state?.phase}, round ${room.state?.round})`));
    }, timeoutMs);
    if (!check(room.state as AnyState)) room.onStateChange(check);
  });
}

/** Where the Redis room listing says a room lives (written by the hosting process). */
async function hostOf(presence: RedisPresence, code: string): Promise<{ processId: string; publicAddress: string }> {
  const raw = await presence.hget('roomcaches', code);
  expect(raw, `room ${code} in the Redis listing`).toBeTruthy();
  return JSON.parse(raw) as { processId: string; publicAddress: string };
}

describe('several server processes over Redis', () => {
  let a: ServerChild;
  let b: ServerChild;
  let presence: RedisPresence;

  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([startProcess(redis.url), startProcess(redis.url)]);
    presence = new RedisPresence(redis.url);
  });

  afterAll(async () => {
    // leave() never settles on a connection that already dropped (the crashed process's rooms).
    await Promise.allSettled(rooms.map((r) => Promise.race([r.leave(true), new Promise((ok) => setTimeout(ok, 1000))])));
    await Promise.allSettled(servers.map((s) => s.stop()));
    presence?.shutdown();
    await redis?.stop();
  });

  it('refuses to start with REDIS_URL but no PUBLIC_ADDRESS, saying which variable', async () => {
    expect(() => scaleOptionsFromEnv({ REDIS_URL: redis.url })).toThrow(ScaleConfigError);
    expect(() => scaleOptionsFromEnv({ REDIS_URL: redis.url, PUBLIC_ADDRESS: 'ws://x:1' })).toThrow(/scheme/);
    expect(scaleOptionsFromEnv({})).toEqual({});
    // The real entry point exits with a clear line instead of starting half-configured.
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: String(await freePort()), REDIS_URL: redis.url, PUBLIC_ADDRESS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => { output += d; });
    child.stderr!.on('data', (d) => { output += d; });
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).not.toBe(0);
    expect(output).toContain('PUBLIC_ADDRESS');
  });

  it('claims room codes atomically: concurrent claims from two processes never share a code', async () => {
    const other = new RedisPresence(redis.url);
    try {
      // The primitive: many racing increments of one field, exactly one sees 1.
      const field = `race-${Date.now()}`;
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? presence : other).hincrby('bop:test-claims', field, 1)));
      expect(results.filter((n) => n === 1)).toHaveLength(1);
      // The server's own claim function, 2 × 100 at once through two connections.
      const codes = await Promise.all(Array.from({ length: 200 }, (_, i) => claimRoomCode(i % 2 ? presence : other)));
      expect(new Set(codes).size).toBe(200);
      for (const code of codes) expect(code).toMatch(ROOM_CODE_PATTERN);
      expect(Number(await presence.hget('bop:roomcodes', codes[0]))).toBe(1);
      await Promise.all(codes.map((code) => releaseRoomCode(other, code)));
      expect(await presence.hget('bop:roomcodes', codes[0])).toBeFalsy();
    } finally {
      other.shutdown();
    }
  });

  it('joins by code through the other process, lists the room on both, plays it to the end', async () => {
    const host = quiet(await wsClient(a).create('match', { name: 'Ada', seats: 3, rounds: 3, botLevel: 'easy' }));
    rooms.push(host);
    const code = host.roomId;
    expect(code).toMatch(ROOM_CODE_PATTERN);
    const where = await hostOf(presence, code);
    expect([`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]).toContain(where.publicAddress);

    const guest = quiet(await wsClient(b).joinById(code, { name: 'Bo' }));
    const watcher = await wsClient(b).joinById(code, { name: 'Cy', spectate: true });
    rooms.push(guest, watcher);
    expect(guest.roomId).toBe(code);

    // Listed by both processes: the listing lives in Redis, not in either process.
    await eventually('the room on A\'s /api/rooms', async () => (await listedCodes(a)).includes(code));
    await eventually('the room on B\'s /api/rooms', async () => (await listedCodes(b)).includes(code));
    const one = await (await fetch(`${b.url}/api/rooms/${code}`)).json() as { code: string; seatsTaken: number };
    expect(one.code).toBe(code);

    const seatOf = (room: Room, name: string) => stateWhere(room, `${name} seated`,
      (s) => (s.seats ?? []).some((seat: AnyState) => seat.sessionId === room.sessionId))
      .then((s) => [...s.seats].find((seat: AnyState) => seat.sessionId === room.sessionId)!.seat as number);
    const hostSeat = await seatOf(host, 'host');
    const guestSeat = await seatOf(guest, 'guest');
    expect(new Set([hostSeat, guestSeat]).size).toBe(2);

    const errors: unknown[] = [];
    for (const room of [host, guest, watcher]) room.onMessage('error', (e) => errors.push(e));
    // Both people submit empty orders every round; the third seat is a bot.
    let rev = 0;
    const autoSubmit = (room: Room) => room.onStateChange((s: AnyState) => {
      const mine = [...(s.seats ?? [])].find((seat: AnyState) => seat.sessionId === room.sessionId);
      if (s.phase === 'orders' && mine && !mine.submitted && (room as any).__sentRound !== s.round) {
        (room as any).__sentRound = s.round;
        room.send('orders', { round: s.round, actions: [], submit: true, rev: ++rev });
      }
    });
    autoSubmit(host);
    autoSubmit(guest);
    host.send('start');

    const ended = await Promise.all([host, guest, watcher].map((room) =>
      stateWhere(room, 'the end of the match', (s) => s.phase === 'ended', 60_000)));
    const outcomes = ended.map((s) => JSON.stringify(s.match?.outcome?.toJSON?.() ?? s.match?.outcome));
    expect(outcomes[0]).not.toBe('undefined');
    expect(new Set(outcomes).size).toBe(1);
    expect(ended[0].seats.length).toBe(3);
    expect([...ended[0].seats].filter((s: AnyState) => s.isBot)).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('spreads new rooms over both processes with distinct codes, all listed by both', async () => {
    const created: Room[] = [];
    for (let i = 0; i < 8; i++) {
      created.push(quiet(await wsClient(i % 2 ? b : a).create('match', { name: `P${i}`, seats: 3 })));
    }
    rooms.push(...created);
    const codes = created.map((r) => r.roomId);
    expect(new Set(codes).size).toBe(codes.length);
    const addresses = new Set(await Promise.all(codes.map(async (c) => (await hostOf(presence, c)).publicAddress)));
    // Colyseus creates each room on the process with the fewest rooms: both processes host some.
    expect(addresses.size).toBe(2);
    for (const server of [a, b]) {
      await eventually('every room listed', async () => {
        const listed = await listedCodes(server);
        return codes.every((c) => listed.includes(c));
      });
    }
  });

  it('drops the rooms of a crashed process from the listing once a new process checks on it', async () => {
    const onB = quiet(await wsClient(b).create('match', { name: 'Doomed', seats: 3 }));
    rooms.push(onB);
    const where = await hostOf(presence, onB.roomId);
    const victim = where.publicAddress === `127.0.0.1:${b.port}` ? b : a;
    const survivor = victim === b ? a : b;
    const doomed = (await presence.hgetall('roomcaches')) as Record<string, string>;
    const doomedCodes = Object.entries(doomed)
      .filter(([, raw]) => JSON.parse(raw).publicAddress === `127.0.0.1:${victim.port}`).map(([code]) => code);
    expect(doomedCodes.length).toBeGreaterThan(0);

    victim.child.kill('SIGKILL');
    await new Promise((r) => victim.child.once('exit', r));
    // A process that starts checks every process it knows of and drops the dead one's rooms.
    const fresh = await startProcess(redis.url);
    await eventually('the dead process\'s rooms gone from the listing', async () => {
      const listed = [...await listedCodes(survivor), ...await listedCodes(fresh)];
      return doomedCodes.every((c) => !listed.includes(c));
    }, 15_000);
    // The survivor still serves new rooms.
    const next = quiet(await wsClient(survivor).create('match', { name: 'After', seats: 3 }));
    rooms.push(next);
    expect(next.roomId).toMatch(ROOM_CODE_PATTERN);
  });
});
