// Server-side knobs of a match room. They reach the room through the room definition's
// default options, which Colyseus merges OVER the client's create options, so no client can set
// them. Tests shorten the timers; production uses the protocol's defaults.
import { RECONNECT_SECONDS, RESOLVING_SECONDS } from '../shared/protocol';
import type { Log } from './log';
import type { RateConfig } from './rateLimit';

export interface RoomTiming {
  /** Fixed orders timer for every round (tests); absent = the settings / era defaults. */
  turnMs?: number;
  /** How long phase 'resolving' lasts. */
  resolvingMs: number;
  /** How long a dropped person keeps the seat before a bot plays it. */
  reconnectSeconds: number;
  /** All messages of one client. */
  messageRate: RateConfig;
  /** Chat lines of one client (on top of messageRate). */
  chatRate: RateConfig;
}

export const DEFAULT_TIMING: RoomTiming = {
  resolvingMs: RESOLVING_SECONDS * 1000,
  reconnectSeconds: RECONNECT_SECONDS,
  messageRate: { burst: 30, perSecond: 15 },
  chatRate: { burst: 5, perSecond: 0.5 },
};

export interface RoomServerOptions {
  timing: RoomTiming;
  log: Log;
}

/** The key under which the room definition passes RoomServerOptions. */
export const SERVER_OPTIONS_KEY = '__server';
