// Keeps `npm run bench` honest without running it in CI: the same load driver, for a few seconds
// at R=2, against the real game server in its own process (and against the bare room the bench
// compares with). Acks must arrive, rounds must turn over, and nothing may be refused.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerChild } from './childProcess';
import { DEFAULT_LOAD, runLoad } from './driver';
import { sampleProc } from './procStats';

const servers: ServerChild[] = [];

afterAll(async () => {
  await Promise.allSettled(servers.map((s) => s.stop()));
});

async function smoke(entry: string, mode: 'game' | 'bare') {
  const server = await spawnServer({
    entry,
    env: { PORT: '0', BENCH_TURN_MS: '8000', BENCH_RESOLVE_MS: '200', BENCH_QUIET: '1' },
  });
  servers.push(server);
  const result = await runLoad({
    ...DEFAULT_LOAD,
    endpoint: server.url,
    mode,
    rooms: 2,
    spectators: 2,
    draftIntervalMs: 300,
    draftsPerRound: 3,
    warmupMs: 1500,
    measureMs: 4000,
  });
  return { result, server };
}

describe('load driver smoke (R=2)', () => {
  it('drives the real game server: acks arrive, rounds turn, no errors', async () => {
    const { result, server } = await smoke('tests/load/gameServer.ts', 'game');
    expect(result.errorSamples).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.rooms).toBe(2);
    expect(result.clients).toBe(6);
    expect(result.acks).toBeGreaterThan(5);
    expect(result.ackP99Ms).toBeGreaterThan(0);
    expect(result.roundsPerSecond).toBeGreaterThan(0);
    expect(result.bytesPerClientPerRound).toBeGreaterThan(0);
    // The bench reads the server's figures from /proc: the child must be measurable.
    const sample = sampleProc(server.pid);
    expect(sample?.rssMB).toBeGreaterThan(10);
  });

  it('drives the bare room with the same pattern', async () => {
    const { result } = await smoke('tests/load/bareRoom.ts', 'bare');
    expect(result.errorSamples).toEqual([]);
    expect(result.acks).toBeGreaterThan(5);
    expect(result.roundsPerSecond).toBeGreaterThan(0);
  });
});
