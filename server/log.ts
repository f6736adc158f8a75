// Structured logs: one JSON line per room or server event, so a log file can be grepped by
// room code and parsed by machines without guessing at formats.
export type LogSink = (line: string) => void;

export interface Log {
  (event: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = 'debug' | 'info';

/** Events that happen many times per room and round: written only at LOG_LEVEL=debug. */
const DEBUG_EVENTS = new Set(['orders.submitted']);

export function logLevelFrom(env: NodeJS.ProcessEnv = process.env): LogLevel {
  return env.LOG_LEVEL?.toLowerCase() === 'debug' ? 'debug' : 'info';
}

export function createLog(sink: LogSink, base: Record<string, unknown> = {}, level: LogLevel = logLevelFrom()): Log {
  return (event, fields = {}) => {
    if (level !== 'debug' && DEBUG_EVENTS.has(event)) return;
    let line: string;
    try {
      line = JSON.stringify({ t: new Date().toISOString(), event, ...base, ...fields });
    } catch {
      line = JSON.stringify({ t: new Date().toISOString(), event, ...base, note: 'unserialisable fields' });
    }
    try { sink(line); } catch { /* a broken sink must not break a room */ }
  };
}

// Writing to stdout is synchronous for files and pipes on Linux, so a line per event blocked
// the event loop once per event (and for as long as a slow reader of the pipe made it). Lines
// are collected during one event-loop turn and written together at its end, in one write.
let pending: string[] = [];
let scheduled = false;

function flush(): void {
  scheduled = false;
  if (pending.length === 0) return;
  const text = pending.join('\n') + '\n';
  pending = [];
  try { process.stdout.write(text); } catch { /* stdout closed: nothing left to tell */ }
}

// process.exit() skips pending immediates: write what is left first.
process.on('exit', flush);

export const consoleSink: LogSink = (line) => {
  pending.push(line);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
};
