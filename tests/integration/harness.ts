// Shared parts of the integration tests: a real server on a free loopback port, real colyseus.js
// clients, and a recorder that keeps every message and every raw byte a client received, so a
// test can prove that a secret never reached it.
import { Client, type Room } from 'colyseus.js';
import { startServer, type RunningServer } from '../../server/startServer';
import type { RoomTiming } from '../../server/roomConfig';
import type { ErrorMessage, RoomStateShape } from '../../shared/protocol';
import { viewFor } from '../../shared/index';
import type { MatchState, MatchView, Viewer } from '../../shared/types';

export interface TestServer extends RunningServer {
  wsUrl: string;
  logs: string[];
}

export async function bootServer(timing: Partial<RoomTiming> = {}): Promise<TestServer> {
  const logs: string[] = [];
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    logger: (line) => { logs.push(line); },
    timing: {
      resolvingMs: 150,
      reconnectSeconds: 2,
      messageRate: { burst: 100_000, perSecond: 100_000 },
      chatRate: { burst: 1000, perSecond: 1000 },
      ...timing,
    },
  });
  return { ...server, wsUrl: server.url.replace(/^http/, 'ws'), logs };
}

export function newClient(server: TestServer): Client {
  return new Client(server.wsUrl);
}

export interface Received { type: string | number; message: unknown; at: number }

/** A joined room plus everything it received. */
export class Peer {
  readonly messages: Received[] = [];
  /** Raw WebSocket frames, split by whether the decoded match had ended when they arrived. */
  readonly rawBeforeEnd: Uint8Array[] = [];
  readonly rawAfterEnd: Uint8Array[] = [];
  seat: number | null = null;
  seatToken = '';
  ended = false;
  left: number | null = null;

  constructor(readonly room: Room) {
    // Only a '*' handler: colyseus.js routes every type to it, so nothing is missed.
    room.onMessage('*', (type, message) => {
      this.messages.push({ type, message, at: Date.now() });
      if (type === 'seat') {
        const m = message as { seat: number; seatToken: string };
        this.seat = m.seat;
        this.seatToken = m.seatToken;
      }
    });
    room.onStateChange((state: unknown) => {
      const s = state as RoomStateShape & { match?: { phase?: string } };
      if (s.match?.phase === 'ended') this.ended = true;
    });
    room.onLeave((code) => { this.left = code; });
    const ws = (room.connection.transport as unknown as { ws: { addEventListener(t: string, f: (e: { data: unknown }) => void): void } }).ws;
    // Registered after colyseus.js's own handler, so `ended` already reflects this frame.
    ws.addEventListener('message', (event) => {
      const data = event.data;
      const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data as Buffer);
      (this.ended ? this.rawAfterEnd : this.rawBeforeEnd).push(bytes.slice());
    });
  }

  get state(): RoomStateShape {
    return this.room.state as unknown as RoomStateShape;
  }

  get json(): RoomStateShape & { match?: MatchView } {
    return (this.room.state as unknown as { toJSON(): RoomStateShape & { match?: MatchView } }).toJSON();
  }

  matchView(): MatchView {
    const match = this.state.match;
    if (!match) throw new Error('no match in state yet');
    return match.toJSON();
  }

  errors(): ErrorMessage[] {
    return this.messages.filter((m) => m.type === 'error').map((m) => m.message as ErrorMessage);
  }

  /** Send and wait for the next `error` reply (or fail after `ms`). */
  async expectError(type: string, payload: unknown, ms = 3000): Promise<ErrorMessage> {
    const before = this.errors().length;
    this.room.send(type, payload);
    await waitFor(() => this.errors().length > before, ms, `error reply to ${type}`);
    return this.errors()[before];
  }

  rawText(which: 'before' | 'after' | 'all' = 'all'): string {
    const frames = which === 'before' ? this.rawBeforeEnd : which === 'after' ? this.rawAfterEnd : [...this.rawBeforeEnd, ...this.rawAfterEnd];
    return frames.map((f) => Buffer.from(f).toString('latin1')).join('\n');
  }
}

/**
 * The engine's view of `match` for `viewer`, in the form a client decodes it (what
 * `toMatchView(room.state.match.toJSON())` must equal): no `viewer`, an empty permanentPolicies.
 */
export function engineViewAsDecoded(match: MatchState, viewer: Viewer): Record<string, unknown> {
  const view = JSON.parse(JSON.stringify(viewFor(match, viewer)));
  delete view.viewer;
  view.options.permanentPolicies ??= [];
  return view;
}

export async function waitFor(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(10);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function createRoom(server: TestServer, options: Record<string, unknown>): Promise<Peer> {
  const room = await newClient(server).create('match', options);
  const peer = new Peer(room);
  await waitFor(() => peer.state.code === room.roomId, 3000, 'first state');
  return peer;
}

export async function joinRoom(server: TestServer, code: string, options: Record<string, unknown>): Promise<Peer> {
  const room = await newClient(server).joinById(code, options);
  const peer = new Peer(room);
  await waitFor(() => peer.state.code === code, 3000, 'first state');
  return peer;
}

export async function getJson(server: TestServer, path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(server.url + path);
  return { status: res.status, body: await res.json() };
}
