// Does every client's decoded state stay in step with the server under churn? Runs the real
// server in this process with very short timers, many rooms, real colyseus.js clients that
// draft orders, chat, drop and reconnect, rematch or leave for a new room, and checks:
//  - the schema decoder never reports `"refId" not found` (it logs that and carries on, out of
//    step with the server from then on);
//  - a client's decoded match equals the engine's view for its viewer, whenever the server has
//    held still long enough for the last patch to arrive;
//  - decoding never throws and toJSON never loops.
//   npx tsx tests/load/syncStress.ts [--rooms 20] [--seconds 60] [--turn-ms 300] [--chaos 0.05]
import { parseArgs } from 'node:util';
import { matchMaker } from '@colyseus/core';
import { Encoder } from '@colyseus/schema';
import { Client, type Room } from 'colyseus.js';
import { startServer } from '../../server/startServer';
import { Rng } from '../../shared/index';
import { engineViewAsDecoded } from '../integration/harness';
import { toMatchView } from '../../shared/protocol';
import type { MatchState, Viewer } from '../../shared/types';
import { watchSchemaComplaints } from './schemaComplaints';
import { planRound } from './scriptedOrders';

export interface StressConfig {
  rooms: number;
  seconds: number;
  turnMs: number;
  resolvingMs: number;
  /** Chance per client per second that its connection drops (then it comes back). */
  chaos: number;
  /** Chance per client per second that it says something in chat. */
  chatter: number;
  seed: number;
  /** Spectators in room 0 (the others have two): the largest patch a room can make. */
  crowd?: number;
  /** Drop only spectators or only seated people (default: both). */
  dropOnly?: 'spectators' | 'seats';
}

export interface StressResult {
  rooms: number;
  seconds: number;
  rounds: number;
  checks: number;
  drops: number;
  rejoins: number;
  roomsRecreated: number;
  refIdErrors: number;
  /** Other complaints of a client's decoder (definition mismatch, removing unknown refs). */
  decoderWarnings: number;
  /** Times an encoding outgrew its buffer: schema 3.0.76 then sends truncated patches. */
  bufferOverflows: number;
  mismatches: number;
  /** Largest offset any encoding reached in a room's buffer (the shared part plus every view's). */
  maxEncodedBytes: number;
  /** Encoder.BUFFER_SIZE: maxEncodedBytes must stay under it. */
  bufferBytes: number;
  decodeFailures: number;
  /**
   * Most objects one client's decoder held that its decoded state no longer reaches: removed
   * objects the decoder never let go of (the round's events once piled up this way).
   */
  maxDeadRefs: number;
  samples: string[];
  setupSeconds: number;
  closeSeconds: number;
}

type AnyState = Record<string, any>;
interface ServerRoom { match: MatchState | null; state: { phase: string; round: number; toJSON(): any } }

const serverRoom = (code: string) => matchMaker.getLocalRoomById(code) as unknown as ServerRoom | undefined;

function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path || '.'}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const key of keys) {
    const d = firstDifference((a as any)[key], (b as any)[key], `${path}.${key}`);
    if (d) return d;
  }
  return null;
}

const DEAD_REFS_EVERY_MS = 2000;

/** Objects in a client decoder's reference table that its decoded state no longer reaches. */
function deadRefs(room: Room): number {
  const refs = (room as unknown as { serializer: { decoder: { root: { refs: Map<number, unknown> } } } }).serializer.decoder.root.refs;
  const reachable = new Set<unknown>();
  const walk = (v: any): void => {
    if (!v || typeof v !== 'object' || reachable.has(v)) return;
    reachable.add(v);
    if (typeof v.forEach === 'function') { v.forEach((child: unknown) => walk(child)); return; }
    const fields = v.constructor?.[Symbol.metadata] as Record<string, { name?: string }> | undefined;
    if (fields) for (const key of Object.keys(fields)) { const name = fields[key]?.name; if (name) walk(v[name]); }
  };
  walk(room.state);
  let dead = 0;
  for (const value of refs.values()) if (!reachable.has(value)) dead++;
  return dead;
}

export async function runStress(cfg: StressConfig): Promise<StressResult> {
  const result: StressResult = {
    rooms: cfg.rooms, seconds: cfg.seconds, rounds: 0, checks: 0, drops: 0, rejoins: 0, roomsRecreated: 0,
    refIdErrors: 0, decoderWarnings: 0, bufferOverflows: 0, mismatches: 0, decodeFailures: 0, maxDeadRefs: 0, samples: [], maxEncodedBytes: 0, bufferBytes: Encoder.BUFFER_SIZE, setupSeconds: 0, closeSeconds: 0,
  };
  // Watch how far each encoding fills its buffer (the overflow schema mishandles).
  const encode = Encoder.prototype.encode;
  Encoder.prototype.encode = function (this: Encoder, ...args: Parameters<Encoder['encode']>) {
    const out = encode.apply(this, args);
    const it = args[0] as { offset: number } | undefined;
    if (it && it.offset > result.maxEncodedBytes) result.maxEncodedBytes = it.offset;
    return out;
  };
  const note = (what: string) => { if (result.samples.length < 20) result.samples.push(what); };

  let decoding = '';
  const stopWatching = watchSchemaComplaints((kind, text) => {
    if (kind === 'refId') result.refIdErrors++;
    else if (kind === 'decoder') result.decoderWarnings++;
    else result.bufferOverflows++;
    if (kind !== 'overflow' || result.bufferOverflows === 1) note(`${kind}: ${text.slice(0, 120)}${decoding ? ` in ${decoding}` : ''}`);
  });

  const server = await startServer({
    port: 0, host: '127.0.0.1', serveClient: false, logger: () => {},
    timing: {
      turnMs: cfg.turnMs, resolvingMs: cfg.resolvingMs, reconnectSeconds: 5,
      messageRate: { burst: 100_000, perSecond: 100_000 }, chatRate: { burst: 1000, perSecond: 1000 },
    },
  });
  const endpoint = server.url.replace(/^http/, 'ws');
  // The engine's seeded generator drives the chaos schedule, so a run repeats by seed.
  const rng = Rng.fromSeed(`stress:${cfg.seed}`);
  const random = () => rng.float();
  let stopping = false;

  // When each room's match and chats last changed on the server. A client is compared only once
  // that part has held still for a moment, and a difference counts only if it is still there
  // half a second later with the server unchanged meanwhile: a slow patch on a busy machine is
  // not drift, drift stays.
  interface Seen { key: string; at: number }
  const lastChange = new Map<string, { match: Seen; chat: Seen }>();
  const lastLine = (lines: { length: number; at(i: number): { text: string } | undefined }) => `${lines.length}:${lines.at(-1)?.text ?? ''}`;
  const matchIds = new WeakMap<object, number>();
  let nextMatchId = 1;
  const idOf = (match: object | null) => {
    if (!match) return 0;
    if (!matchIds.has(match)) matchIds.set(match, nextMatchId++);
    return matchIds.get(match)!;
  };
  const keysOf = (room: ServerRoom) => ({
    match: `${room.state.phase}|${room.state.round}|${idOf(room.match)}`,
    chat: `${lastLine((room as any).state.chat)}|${lastLine((room as any).state.spectatorChat)}`,
  });
  const watcher = setInterval(() => {
    const now = Date.now();
    for (const [code, seen] of lastChange) {
      const room = serverRoom(code);
      if (!room) { lastChange.delete(code); continue; }
      const keys = keysOf(room);
      if (keys.match !== seen.match.key) seen.match = { key: keys.match, at: now };
      if (keys.chat !== seen.chat.key) seen.chat = { key: keys.chat, at: now };
    }
  }, 10);
  const QUIET_MS = 150;
  const CONFIRM_MS = 500;

  /** One client: a seated person or a spectator, with its own drop/reconnect life. */
  class Member {
    room!: Room;
    seat: number | null = null;
    gone = false;
    private rev = 0;
    private plannedRound = -1;
    private plan: ReturnType<typeof planRound> | null = null;

    constructor(readonly client: Client, readonly code: string, readonly spectator: boolean, readonly name: string) {}

    attach(room: Room): void {
      this.room = room;
      const serializer = (room as any).serializer;
      for (const method of ['setState', 'patch'] as const) {
        const original = serializer[method].bind(serializer);
        serializer[method] = (bytes: unknown, it: unknown) => {
          decoding = `${this.name} ${method} (${this.spectator ? 'spectator' : 'seat ' + this.seat}) round ${(room.state as AnyState)?.round} ${(room.state as AnyState)?.phase}`;
          try { return original(bytes, it); } finally { decoding = ''; }
        };
      }
      room.onMessage('seat', (m: { seat?: number }) => { this.seat = typeof m?.seat === 'number' ? m.seat : null; });
      room.onMessage('*', () => {});
      room.onStateChange((state: AnyState) => {
        try { this.onState(state); } catch (e) { result.decodeFailures++; note(`${this.name}: ${(e as Error).message}`); }
      });
    }

    private onState(state: AnyState): void {
      if (this.spectator || this.seat === null || state.phase !== 'orders') return;
      const round = Number(state.round);
      if (this.plannedRound === round) return;
      this.plannedRound = round;
      this.plan = planRound(state, this.seat, 2, `${this.code}:${round}`);
      const plan = this.plan;
      setTimeout(() => {
        if (this.gone || (this.room?.state as AnyState)?.round !== round) return;
        this.room.send('orders', { round, actions: plan.drafts[0], rev: ++this.rev });
        setTimeout(() => {
          if (this.gone || (this.room?.state as AnyState)?.round !== round) return;
          this.room.send('orders', { round, actions: plan.drafts[1], submit: random() < 0.7, rev: ++this.rev });
        }, random() * cfg.turnMs * 0.4);
      }, random() * cfg.turnMs * 0.3);
    }

    /** First sighting of a difference, per part: confirmed only if it outlasts CONFIRM_MS. */
    private suspects = new Map<string, { since: number; serverAt: number }>();

    /** Compare the decoded state with the server's, part by part, where the server held still. */
    /** Walks the whole decoded state: every couple of seconds per client, not on every check. */
    private deadCheckedAt = 0;
    countDeadRefs(force = false): void {
      if (this.gone || !this.room) return;
      const now = Date.now();
      if (!force && now - this.deadCheckedAt < DEAD_REFS_EVERY_MS) return;
      this.deadCheckedAt = now;
      const dead = deadRefs(this.room);
      if (dead > result.maxDeadRefs) result.maxDeadRefs = dead;
    }

    check(): void {
      if (this.gone || !this.room) return;
      const room = serverRoom(this.code);
      const seen = lastChange.get(this.code);
      const state = this.room.state as AnyState;
      if (!room || !seen || !state) return;
      const now = Date.now();
      const judge = (part: string, serverAt: number, differs: () => string | null) => {
        if (now - serverAt < QUIET_MS) return;
        result.checks++;
        const diff = differs();
        const suspect = this.suspects.get(part);
        if (!diff) { this.suspects.delete(part); return; }
        if (!suspect || suspect.serverAt !== serverAt) { this.suspects.set(part, { since: now, serverAt }); return; }
        if (now - suspect.since < CONFIRM_MS) return;
        result.mismatches++;
        note(`${this.name} (${this.spectator ? 'spectator' : `seat ${this.seat}`}) in ${this.code}: ${part} ${diff}`);
        this.suspects.delete(part);
      };
      try {
        if (state.phase === room.state.phase && state.round === room.state.round && room.match && state.match) {
          const viewer: Viewer = this.seat ?? 'spectator';
          judge('match', seen.match.at, () => firstDifference(toMatchView(state.match.toJSON()), engineViewAsDecoded(room.match!, viewer)));
        }
        judge('chat', seen.chat.at, () => {
          const chat = JSON.stringify(state.chat?.toJSON?.() ?? []);
          if (chat !== JSON.stringify((room as any).state.chat.toJSON())) return 'players\' chat differs';
          const own = JSON.stringify(state.spectatorChat?.toJSON?.() ?? []);
          const theirs = this.spectator ? JSON.stringify((room as any).state.spectatorChat.toJSON()) : '[]';
          return own !== theirs ? 'spectators\' chat differs' : null;
        });
      } catch (e) {
        result.decodeFailures++;
        note(`${this.name}: check threw ${(e as Error).message}`);
      }
    }

    chat(): void {
      if (this.gone || !this.room) return;
      this.room.send('chat', { text: `${this.name} at ${Date.now() % 100000}` });
    }

    /** A network drop (no leave message), then back: by token for a seat, by joining for a spectator. */
    async drop(): Promise<void> {
      if (this.gone || !this.room) return;
      const token = this.room.reconnectionToken;
      const old = this.room;
      this.room = undefined as unknown as Room;
      result.drops++;
      await old.leave(false).catch(() => {});
      await new Promise((r) => setTimeout(r, random() * 800));
      if (this.gone || stopping) return;
      try {
        const again = this.spectator
          ? await this.client.joinById(this.code, { name: this.name, spectate: true })
          : await this.client.reconnect(token);
        this.plannedRound = -1;
        this.attach(again);
        result.rejoins++;
      } catch (e) {
        note(`${this.name}: could not come back: ${(e as Error).message}`);
      }
    }

    async leave(): Promise<void> {
      this.gone = true;
      await this.room?.leave(true).catch(() => {});
    }
  }

  const members = new Set<Member>();

  async function setUpRoom(i: number): Promise<void> {
    const client = new Client(endpoint);
    const room = await client.create('match', { name: `host${i}`, private: true, seats: 3 + (i % 4), rounds: 3 * (1 + (i % 3)) });
    const code = room.roomId;
    lastChange.set(code, { match: { key: '', at: Date.now() }, chat: { key: '', at: Date.now() } });
    const host = new Member(client, code, false, `host${i}`);
    host.attach(room);
    const guest = new Member(new Client(endpoint), code, false, `guest${i}`);
    guest.attach(await guest.client.joinById(code, { name: guest.name }));
    const spectators: Member[] = [];
    for (let s = 0; s < (i === 0 ? cfg.crowd ?? 2 : 2); s++) {
      const m = new Member(new Client(endpoint), code, true, `watch${i}.${s}`);
      m.attach(await m.client.joinById(code, { name: m.name, spectate: true }));
      spectators.push(m);
    }
    const all = [host, guest, ...spectators];
    for (const m of all) members.add(m);
    room.send('start', {});
    // At the end: a rematch most of the time, otherwise everyone leaves for a fresh room.
    let ended = false;
    const endWatch = setInterval(() => {
      if (stopping) { clearInterval(endWatch); return; }
      const state = host.room?.state as AnyState | undefined;
      if (!state) return;
      if (state.phase === 'ended' && !ended) {
        ended = true;
        result.rounds += Number(state.round) || 0;
        setTimeout(() => {
          if (stopping) return;
          if (random() < 0.7) {
            host.room?.send('rematch', {});
          } else {
            clearInterval(endWatch);
            for (const m of all) members.delete(m);
            void Promise.all(all.map((m) => m.leave())).then(() => {
              if (stopping) return;
              result.roomsRecreated++;
              return setUpRoom(i);
            }).catch((e) => note(`re-create ${i}: ${(e as Error).message}`));
          }
        }, random() * 400);
      } else if (state.phase !== 'ended') {
        ended = false;
      }
    }, 50);
  }

  const setupStart = Date.now();
  for (let i = 0; i < cfg.rooms; i++) await setUpRoom(i);
  result.setupSeconds = (Date.now() - setupStart) / 1000;

  const tick = 100;
  const chaosTimer = setInterval(() => {
    for (const m of members) {
      m.check();
      m.countDeadRefs();
      const mayDrop = !cfg.dropOnly || (cfg.dropOnly === 'spectators') === m.spectator;
      if (random() < cfg.chaos * tick / 1000 && mayDrop) void m.drop();
      else if (random() < cfg.chatter * tick / 1000) m.chat();
    }
  }, tick);

  await new Promise((r) => setTimeout(r, cfg.seconds * 1000));
  stopping = true;
  clearInterval(chaosTimer);
  clearInterval(watcher);
  for (const m of members) m.countDeadRefs(true);
  const closeStart = Date.now();
  await Promise.all([...members].map((m) => Promise.race([m.leave(), new Promise((r) => setTimeout(r, 2000))])));
  await server.close();
  result.closeSeconds = (Date.now() - closeStart) / 1000;
  stopWatching();
  Encoder.prototype.encode = encode;
  return result;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const { values } = parseArgs({
    options: {
      rooms: { type: 'string', default: '20' }, seconds: { type: 'string', default: '60' },
      'turn-ms': { type: 'string', default: '300' }, 'resolve-ms': { type: 'string', default: '50' },
      chaos: { type: 'string', default: '0.05' }, crowd: { type: 'string', default: '2' }, chatter: { type: 'string', default: '0.3' }, seed: { type: 'string', default: '1' },
    },
  });
  const result = await runStress({
    rooms: Number(values.rooms), seconds: Number(values.seconds), turnMs: Number(values['turn-ms']),
    resolvingMs: Number(values['resolve-ms']), chaos: Number(values.chaos), chatter: Number(values.chatter), seed: Number(values.seed), crowd: Number(values.crowd),
  });
  process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
  process.exit(result.refIdErrors + result.decoderWarnings + result.bufferOverflows + result.mismatches + result.decodeFailures > 0 ? 1 : 0);
}
