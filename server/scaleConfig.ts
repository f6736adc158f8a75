// Chooses how this process shares rooms with others (issue 5).
// Without REDIS_URL: Colyseus's in-memory presence and driver, one process, no external service.
// With REDIS_URL: Redis presence (pub/sub, room-code claims, IPC between processes) and the
// Redis driver (the room listing every process reads), so `joinById(code)` and `/api/rooms` work
// whichever process a request lands on. Each process then needs its own PUBLIC_ADDRESS: the
// seat reservation tells the browser to open its WebSocket at `<publicAddress>/<processId>/<roomId>`,
// and only the process that hosts the room can accept that connection.
import type { MatchMakerDriver, Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';

export interface ScaleOptions {
  presence?: Presence;
  driver?: MatchMakerDriver;
  publicAddress?: string;
}

/** A configuration that cannot work; the message says which variable to fix. */
export class ScaleConfigError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ScaleConfigError';
    this.code = code;
  }
}

/**
 * Checks PUBLIC_ADDRESS: `host:port` or `host[:port]/path-prefix`, without a scheme
 * (colyseus.js prepends ws:// or wss:// itself, following the page's own scheme).
 */
export function parsePublicAddress(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (!value) {
    throw new ScaleConfigError('PUBLIC_ADDRESS_MISSING',
      'REDIS_URL is set, so PUBLIC_ADDRESS is required: the host:port (or host/path-prefix) at which '
      + 'browsers reach THIS process, distinct for every process, e.g. PUBLIC_ADDRESS=game.example.org/p1');
  }
  if (/^[a-z]+:\/\//i.test(value)) {
    throw new ScaleConfigError('PUBLIC_ADDRESS_SCHEME',
      `PUBLIC_ADDRESS must not include a scheme (got "${value}"): write "host:port" or "host/prefix"; `
      + 'the client chooses ws:// or wss:// itself');
  }
  if (/\s/.test(value) || value.startsWith('/')) {
    throw new ScaleConfigError('PUBLIC_ADDRESS_INVALID',
      `PUBLIC_ADDRESS "${value}" is not a host:port or host/prefix`);
  }
  return value.replace(/\/+$/, '');
}

/** Checks REDIS_URL: redis:// or rediss:// (ioredis also accepts a bare port or host:port). */
export function parseRedisUrl(raw: string): string {
  const value = raw.trim();
  if (!/^rediss?:\/\/[^\s]+$/i.test(value)) {
    throw new ScaleConfigError('REDIS_URL_INVALID',
      `REDIS_URL must look like redis://host:6379 or rediss://user:password@host:6380/0 (got "${value}")`);
  }
  return value;
}

/**
 * Reads REDIS_URL and PUBLIC_ADDRESS. Throws ScaleConfigError (a clear sentence, at start-up)
 * when REDIS_URL is set without a usable PUBLIC_ADDRESS; returns `{}` without REDIS_URL.
 */
export function scaleOptionsFromEnv(env: Record<string, string | undefined>): ScaleOptions {
  const redisRaw = env.REDIS_URL?.trim();
  if (!redisRaw) {
    return {};
  }
  const url = parseRedisUrl(redisRaw);
  const publicAddress = parsePublicAddress(env.PUBLIC_ADDRESS);
  return {
    presence: new RedisPresence(url),
    driver: new RedisDriver(url),
    publicAddress,
  };
}

/** One line for the start-up log: which mode this process runs in (no secrets in it). */
export function describeScale(options: ScaleOptions): string {
  if (!options.driver && !options.presence) {
    return 'scale: single process (in-memory presence and driver)';
  }
  return `scale: redis presence + driver, publicAddress=${options.publicAddress ?? '(none)'}`;
}
