// A throw-away Redis for the scale-out test: Debian's redis-server on 127.0.0.1, a free port,
// no persistence. Fails loudly when redis-server is missing: the test must not pass without it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { freePort } from './childProcess';

const REDIS_BINARY = '/usr/bin/redis-server';

export interface RedisChild { port: number; url: string; stop(): Promise<void> }

/** PING over a raw socket; true when Redis answers +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export async function startRedis(timeoutMs = 10_000): Promise<RedisChild> {
  if (!existsSync(REDIS_BINARY)) {
    throw new Error(`${REDIS_BINARY} is missing: install Debian's redis-server (apt-get install redis-server); `
      + 'the scale-out test needs a real Redis and does not skip');
  }
  const port = await freePort();
  const child = spawn(REDIS_BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => { output = (output + d.toString()).slice(-4000); });
  child.stderr!.on('data', (d) => { output = (output + d.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(killer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}:\n${output}`);
    if (await ping(port)) return { port, url: `redis://127.0.0.1:${port}`, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`redis-server did not answer PING on port ${port} within ${timeoutMs} ms:\n${output}`);
}
