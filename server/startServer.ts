// Boots the whole game server in this process: Express for HTTP, Colyseus on the same port for
// matchmaking and WebSockets, the `match` room, and optionally the built client. Tests and
// `npm start` both come through here, so what tests exercise is what players run.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { Server } from '@colyseus/core';
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

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const log = createLog(opts.logger ?? consoleSink);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
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

  let closing: Promise<void> | null = null;
  return {
    port,
    url,
    close() {
      closing ??= (async () => {
        log('server.stopping', {});
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
