// The server's clock, roughly: deadlines in the room state are server epoch ms, and a player's
// computer clock can be off by seconds or minutes. The HTTP Date header (1 s precision) is
// enough to keep the countdown honest.
let offsetMs = 0;

export function serverNow(): number {
  return Date.now() + offsetMs;
}

export async function syncServerClock(): Promise<void> {
  try {
    const sent = Date.now();
    const res = await fetch('/healthz', { cache: 'no-store' });
    const received = Date.now();
    const header = res.headers.get('date');
    if (!header) return;
    // The header is truncated to the second: its true value lies half a second later on average.
    const server = Date.parse(header) + 500;
    const offset = server - (sent + received) / 2;
    // Within a second and a half nothing useful can be said; leave small differences alone.
    offsetMs = Math.abs(offset) > 1500 ? offset : 0;
  } catch { /* keep the local clock */ }
}
