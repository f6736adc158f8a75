// `npm start`: one process serving the game (client + API + WebSockets) on PORT (default 2567).
// REDIS_URL / PUBLIC_ADDRESS switch on multi-process mode (see scaleConfig.ts).
import { consoleSink, createLog } from './log';
import { describeScale, scaleOptionsFromEnv } from './scaleConfig';
import { startServer } from './startServer';

const log = createLog(consoleSink);

async function main(): Promise<void> {
  const port = Number.parseInt(process.env.PORT ?? '', 10);
  let scale;
  try {
    scale = scaleOptionsFromEnv(process.env);
  } catch (e) {
    log('server.config_error', { message: (e as Error).message, code: (e as { code?: string }).code });
    process.exit(2);
  }
  log('server.scale', { mode: describeScale(scale) });
  const server = await startServer({
    port: Number.isFinite(port) && port >= 0 ? port : 2567,
    host: process.env.HOST || undefined,
    scale,
    serveClient: true,
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('server.signal', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  // A stray rejected promise (a Redis hiccup, a closed socket) is logged, not fatal: rooms are
  // in memory and a crash would end every match in this process.
  process.on('unhandledRejection', (reason) => {
    log('server.unhandled_rejection', { message: String((reason as Error)?.message ?? reason) });
  });
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e) => {
  log('server.crashed', { message: String((e as Error)?.message ?? e) });
  process.exit(1);
});
