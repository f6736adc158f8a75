// Boots the whole game server in this process: Express for HTTP, Colyseus on the same port for
// matchmaking and WebSockets, the `match` room, and optionally the built client. Tests and
// `npm start` both come through here, so what tests exercise is what players run.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { ROOM_NAME } from '../shared/protocol';
import { addApiRoutes, addClientRoutes } from './http';
import { consoleSink, createLog, type LogSink } from './log';
import { MatchRoom } from './MatchRoom';
import { DEFAULT_TIMING, SERVER_OPTIONS_KEY, type RoomServerOptions, type RoomTiming } from './roomConfig';
import type { ScaleOptions } from './scaleConfig';

export interface StartServerOptions {
  /** 0 = any free port. */
  port: number;
  host?: string;
  scale?: ScaleOptions;
  /** Serve dist/ (the built client) with a single-page fallback. */
  serveClient?: boolean;
  /** One JSON line per event; default stdout. */
  logger?: LogSink;
  /** Server-side timers and limits (tests shorten them); clients can never set these. */
  timing?: Partial<RoomTiming>;
  /** Where the built client lives; default `<repo>/dist`. */
  distDir?: string;
  /** Extra middleware before the client routes (the dev server mounts Vite here). */
  configureApp?: (app: Express, httpServer: http.Server) => void | Promise<void>;
}

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

const KEEP_ALIVE_MS = 65_000;
/** With several processes: how often to look for processes that died and drop their rooms. */
const HEALTH_CHECK_MS = 30_000;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const log = createLog(opts.logger ?? consoleSink);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Node closes an idle kept-alive connection after 5 s, about when clients (undici, browsers,
  // proxies) reuse it: a request sent as the server closes fails with `socket hang up`. Keep
  // idle connections well past any client's reuse window instead.
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1000;
  const scale = opts.scale ?? {};

  const gameServer = new Server({
    transport: new WebSocketTransport({ server: httpServer }),
    presence: scale.presence,
    driver: scale.driver,
    publicAddress: scale.publicAddress,
    gracefullyShutdown: false,
    greet: false,
  });
  const roomOptions: RoomServerOptions = { timing: { ...DEFAULT_TIMING, ...opts.timing }, log };
  gameServer.define(ROOM_NAME, MatchRoom, { [SERVER_OPTIONS_KEY]: roomOptions });

  addApiRoutes(app);
  if (opts.configureApp) await opts.configureApp(app, httpServer);
  if (opts.serveClient) addClientRoutes(app, opts.distDir ?? path.join(repoRoot, 'dist'));

  await gameServer.listen(opts.port, opts.host);
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const shownHost = !opts.host || opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  log('server.listening', { port, url, serveClient: !!opts.serveClient, scale: scale.driver ? 'redis' : 'single' });

  // Colyseus checks the other processes only when one starts: a process that crashed later left
  // its rooms in the shared driver (and in every /api/rooms) until the next start. Check now and
  // then; a process whose presence channel is gone and that does not answer is cleaned up.
  const healthChecks = scale.driver
    ? setInterval(() => {
      matchMaker.healthCheckAllProcesses().catch((e) => log('server.health_check_error', { message: String((e as Error)?.message ?? e) }));
    }, HEALTH_CHECK_MS)
    : null;
  healthChecks?.unref();

  let closing: Promise<void> | null = null;
  return {
    port,
    url,
    close() {
      closing ??= (async () => {
        log('server.stopping', {});
        if (healthChecks) clearInterval(healthChecks);
        await gameServer.gracefullyShutdown(false);
        await new Promise<void>((resolve) => {
          if (!httpServer.listening) { resolve(); return; }
          httpServer.close(() => resolve());
          httpServer.closeAllConnections?.();
        });
        log('server.stopped', {});
      })();
      return closing;
    },
  };
}
