// `npm run dev`: the game server with Vite in middleware mode on the same port, so the page,
// the API and the WebSockets share one origin and client edits hot-reload. `tsx watch`
// restarts this process when server or shared code changes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { consoleSink, createLog } from './log';
import { describeScale, scaleOptionsFromEnv } from './scaleConfig';
import { startServer } from './startServer';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = createLog(consoleSink);

async function main(): Promise<void> {
  const port = Number.parseInt(process.env.PORT ?? '', 10);
  const scale = scaleOptionsFromEnv(process.env);
  log('server.scale', { mode: describeScale(scale) });
  let vite: ViteDevServer | null = null;
  const server = await startServer({
    port: Number.isFinite(port) && port >= 0 ? port : 2567,
    host: process.env.HOST || undefined,
    scale,
    serveClient: false,
    configureApp: async (app) => {
      vite = await createViteServer({
        configFile: path.join(root, 'vite.config.ts'),
        // Vite's HMR socket gets its own port: the game's WebSocket server answers every
        // upgrade on the main port.
        server: { middlewareMode: true, ws: { port: Number(process.env.HMR_PORT) || 24678 } },
        appType: 'spa',
      });
      app.use(vite.middlewares);
    },
  });
  log('dev.ready', { url: server.url });
  const stop = () => {
    Promise.allSettled([server.close(), (vite as ViteDevServer | null)?.close()]).then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  log('server.crashed', { message: String((e as Error)?.message ?? e) });
  process.exit(1);
});
