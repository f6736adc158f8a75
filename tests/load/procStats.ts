// CPU and memory of another process, read from Linux's /proc (the benchmark measures the server
// child from outside, so the measurement costs the server nothing).
import { readFileSync } from 'node:fs';

/** Clock ticks per second for /proc/PID/stat times; 100 on every Linux build we target. */
const CLOCK_TICKS = 100;

export interface ProcSample { atMs: number; cpuTicks: number; rssMB: number }

/** One reading; null when the process is gone. */
export function sampleProc(pid: number): ProcSample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { atMs: performance.now(), cpuTicks: utime + stime, rssMB: rssKB / 1024 };
  } catch {
    return null;
  }
}

/** CPU use between two readings, in percent of one core (200 = both cores of this machine). */
export function cpuPercentBetween(a: ProcSample, b: ProcSample): number {
  const seconds = (b.atMs - a.atMs) / 1000;
  return seconds > 0 ? ((b.cpuTicks - a.cpuTicks) / CLOCK_TICKS / seconds) * 100 : 0;
}

/** Samples a process every `everyMs` until stopped; keeps the peak RSS and the CPU over the span. */
export function watchProc(pid: number, everyMs = 1000) {
  const first = sampleProc(pid);
  let last = first;
  let peakRssMB = first?.rssMB ?? 0;
  const timer = setInterval(() => {
    const next = sampleProc(pid);
    if (!next) return;
    last = next;
    peakRssMB = Math.max(peakRssMB, next.rssMB);
  }, everyMs);
  timer.unref();
  return {
    stop(): { cpuPercent: number; rssMB: number; peakRssMB: number } {
      clearInterval(timer);
      const end = sampleProc(pid) ?? last;
      if (!first || !end) return { cpuPercent: 0, rssMB: 0, peakRssMB: 0 };
      peakRssMB = Math.max(peakRssMB, end.rssMB);
      return { cpuPercent: cpuPercentBetween(first, end), rssMB: end.rssMB, peakRssMB };
    },
  };
}
