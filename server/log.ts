// Structured logs: one JSON line per room or server event, so a log file can be grepped by
// room code and parsed by machines without guessing at formats.
export type LogSink = (line: string) => void;

export interface Log {
  (event: string, fields?: Record<string, unknown>): void;
}

export function createLog(sink: LogSink, base: Record<string, unknown> = {}): Log {
  return (event, fields = {}) => {
    let line: string;
    try {
      line = JSON.stringify({ t: new Date().toISOString(), event, ...base, ...fields });
    } catch {
      line = JSON.stringify({ t: new Date().toISOString(), event, ...base, note: 'unserialisable fields' });
    }
    try { sink(line); } catch { /* a broken sink must not break a room */ }
  };
}

export const consoleSink: LogSink = (line) => { process.stdout.write(line + '\n'); };
