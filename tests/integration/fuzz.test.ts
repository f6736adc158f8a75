// Thousands of random and malformed payloads to every message type, from a seated player, the
// host and a spectator, mid-match. The server must answer each one with an `error`, change
// nothing (every client's decoded state and the server's match are identical afterwards), and
// keep everyone connected. A raw undecodable frame only costs its sender the connection.
import { matchMaker } from '@colyseus/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../shared/index';
import { CLIENT_MESSAGE_TYPES, ERROR_CODES } from '../../shared/protocol';
import { bootServer, createRoom, joinRoom, type Peer, sleep, waitFor, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => { server = await bootServer({ turnMs: 120_000 }); });
afterAll(async () => { await server?.close(); });

const SEED = 20261125;
const sample = <T>(arb: fc.Arbitrary<T>, n: number, offset = 0): T[] => fc.sample(arb, { numRuns: n, seed: SEED + offset });

/** Values a param might plausibly (or not) take. */
const paramValue = fc.oneof(
  fc.integer({ min: -3, max: 14 }), fc.constantFrom('all', 'enact', 'repeal', 'antitrust', 'surveillance', '', '__proto__'),
  fc.double(), fc.constant(null), fc.boolean(), fc.constant(1e308), fc.constant(-0), fc.array(fc.integer(), { maxLength: 3 }),
);
const nearAction = fc.record({
  type: fc.oneof(fc.constantFrom(...ACTION_TYPES), fc.string({ maxLength: 12 })),
  region: paramValue, target: paramValue, amount: paramValue, policy: paramValue, mode: paramValue,
}, { requiredKeys: ['type'] });
const junkAction = fc.oneof(fc.anything({ maxDepth: 2 }), fc.constant({ type: 'nonsense' }), fc.constant({ type: 'expand', region: 'x', amount: 1 }));

/** Orders that are invalid by construction: a wrong shape, or at least one broken action. */
function invalidOrders(round: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.anything({ maxDepth: 3 }).filter((v) => !(v && typeof v === 'object' && 'actions' in (v as object))),
    fc.record({ round: fc.oneof(fc.integer(), fc.string(), fc.constant(null)), actions: fc.anything({ maxDepth: 2 }) }),
    fc.record({ round: fc.constant(round), actions: fc.tuple(fc.array(nearAction, { maxLength: 2 }), junkAction).map(([a, b]) => [...a, b]) }),
    fc.record({ round: fc.constant(round), actions: fc.array(nearAction, { minLength: 4, maxLength: 30 }) }),
    fc.record({ round: fc.constant(round + 1), actions: fc.array(nearAction, { maxLength: 3 }) }),
    fc.record({ round: fc.constant(round), actions: fc.constant([]), submit: fc.oneof(fc.string(), fc.integer(), fc.object()) }),
    fc.record({ round: fc.constant(round), actions: fc.constant([]), rev: fc.oneof(fc.string(), fc.constant(Infinity), fc.object()) }),
  );
}

const notChat = fc.anything({ maxDepth: 3 }).filter((v) => !(v && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string'));
const badChat = fc.oneof(
  notChat,
  fc.string({ minLength: 281, maxLength: 600 }).map((text) => ({ text })),
  fc.stringMatching(/^[\s\u0000-\u001f]{0,20}$/).map((text) => ({ text })),
);

function snapshot(peers: Peer[], code: string): string {
  const room = matchMaker.getLocalRoomById(code) as unknown as { match: unknown; orders: unknown };
  return JSON.stringify({ peers: peers.map((p) => p.json), match: room.match, orders: room.orders });
}

async function fire(peer: Peer, sends: Array<() => void>): Promise<void> {
  const before = peer.errors().length;
  for (const send of sends) send();
  await waitFor(() => peer.errors().length >= before + sends.length, 30_000, `${sends.length} error replies`);
  await sleep(50);
  expect(peer.errors().length - before).toBe(sends.length);
  for (const e of peer.errors().slice(before)) {
    expect(typeof e.code).toBe('string');
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
  }
}

describe('fuzzing every message type', () => {
  it('answers each malformed payload with an error, changes nothing and keeps everyone connected', async () => {
    const ada = await createRoom(server, { name: 'Ada', private: true });
    const code = ada.room.roomId;
    const bob = await joinRoom(server, code, { name: 'Bob' });
    const eve = await joinRoom(server, code, { name: 'Eve', spectate: true });
    ada.room.send('start');
    await waitFor(() => [ada, bob, eve].every((p) => p.state.phase === 'orders'), 3000, 'start');
    const round = bob.state.round;
    const peers = [ada, bob, eve];
    await sleep(100);
    const before = snapshot(peers, code);

    // A seated person: orders, chat, ready, pickSeat, host-only messages, unknown types.
    const bobSends: Array<() => void> = [
      ...sample(invalidOrders(round), 1500).map((p) => () => bob.room.send('orders', p)),
      ...sample(badChat, 300, 1).map((p) => () => bob.room.send('chat', p)),
      ...sample(fc.anything({ maxDepth: 2 }), 150, 2).map((p) => () => bob.room.send('ready', p)),
      ...sample(fc.anything({ maxDepth: 2 }), 150, 3).map((p) => () => bob.room.send('pickSeat', p)),
      ...(['addBot', 'removeBot', 'configure', 'start', 'kick', 'rematch'] as const).flatMap((type, i) =>
        sample(fc.anything({ maxDepth: 2 }), 60, 10 + i).map((p) => () => bob.room.send(type, p))),
      ...sample(fc.string({ minLength: 1, maxLength: 30 }).filter((t) => !(CLIENT_MESSAGE_TYPES as readonly string[]).includes(t)), 150, 4)
        .map((t) => () => bob.room.send(t, { x: 1 })),
      ...sample(fc.integer({ min: 0, max: 1000 }), 50, 5).map((t) => () => bob.room.send(t, {})),
      ...CLIENT_MESSAGE_TYPES.flatMap((type, i) => sample(fc.uint8Array({ maxLength: 64 }), 20, 20 + i)
        .map((bytes) => () => bob.room.sendBytes(type, bytes))),
    ];
    // The host, mid-match: lobby-only messages are refused; kicks name nobody; rematch too early.
    const adaSends: Array<() => void> = [
      ...(['addBot', 'removeBot', 'configure', 'start', 'rematch'] as const).flatMap((type, i) =>
        sample(fc.anything({ maxDepth: 2 }), 100, 30 + i).map((p) => () => ada.room.send(type, p))),
      ...sample(fc.oneof(fc.anything({ maxDepth: 2 }), fc.string().map((sessionId) => ({ sessionId }))), 200, 40)
        .map((p) => () => ada.room.send('kick', p)),
      () => ada.room.send('kick', { sessionId: ada.room.sessionId }),
    ];
    // A spectator may chat (separately) but nothing else.
    const eveSends: Array<() => void> = [
      ...sample(invalidOrders(round), 150, 50).map((p) => () => eve.room.send('orders', p)),
      () => eve.room.send('orders', { round, actions: [], submit: true }),
      () => eve.room.send('ready', { ready: true }),
      ...sample(badChat, 150, 51).map((p) => () => eve.room.send('chat', p)),
    ];
    expect(bobSends.length + adaSends.length + eveSends.length).toBeGreaterThan(3000);
    await Promise.all([fire(bob, bobSends), fire(ada, adaSends), fire(eve, eveSends)]);

    const codes = new Set([...bob.errors(), ...ada.errors(), ...eve.errors()].map((e) => e.code));
    for (const expected of [ERROR_CODES.BAD_MESSAGE, ERROR_CODES.ORDERS_INVALID, ERROR_CODES.STALE_ROUND, ERROR_CODES.WRONG_PHASE,
      ERROR_CODES.NOT_HOST, ERROR_CODES.UNKNOWN_MESSAGE, ERROR_CODES.CHAT_TOO_LONG, ERROR_CODES.CHAT_EMPTY,
      ERROR_CODES.BAD_TARGET, ERROR_CODES.NOT_SEATED]) {
      expect(codes, `error code ${expected} seen`).toContain(expected);
    }
    expect(codes).not.toContain(ERROR_CODES.INTERNAL);
    await sleep(100);
    expect(snapshot(peers, code)).toBe(before);

    // A frame that is not even msgpack costs only its sender the connection.
    const mallory = await joinRoom(server, code, { name: 'Mallory', spectate: true });
    const conn = mallory.room.connection as unknown as { send(data: Uint8Array): void };
    conn.send(new Uint8Array([13, 0xa5, 0x6f, 0x72, 0x64, 0x65, 0x72, 0xc1, 0xc1, 0xff, 0x00]));
    await waitFor(() => mallory.left !== null, 3000, 'Mallory disconnected');
    await sleep(100);
    expect([ada, bob, eve].every((p) => p.left === null)).toBe(true);
    await waitFor(() => eve.state.spectators === 1, 3000, 'spectator count back to 1');

    // And the room still works: Bob's valid orders are accepted.
    bob.room.send('orders', { round, actions: [], submit: false, rev: 99 });
    await waitFor(() => bob.state.seats[1].draftRev === 99, 3000, 'valid orders after the fuzz');
    for (const p of peers) await p.room.leave();
  });
});
