// Which animation each of the engine's events gets, how a round's events are grouped into
// beats, and the short texts and routes they use. Pure, so it can be tested without Phaser.
import type { GameEvent, Region } from '../../shared/types';

export type Beat = 'banner' | 'hostile' | 'police' | 'interop' | 'bond' | 'growth' | 'diffusion' | 'other' | 'skip';

/** Beats share this many ms; each lasts at least the minimum and at most the maximum. */
const BUDGET_MS = 3000;
const MAX_BEAT_MS = 1100;
const MIN_BEAT_MS = 320;
/** Time for the last effects to fade before the promise resolves. */
const TAIL_MS = 350;

/**
 * When each of `n` beats starts (every `step` ms), how long each runs, and when the whole round
 * is done. A long round overlaps its beats rather than running past about 3.7 s.
 */
export function scheduleBeats(n: number): { step: number; beatMs: number; total: number } {
  if (n <= 0) return { step: 0, beatMs: 0, total: 0 };
  const step = Math.min(MAX_BEAT_MS, BUDGET_MS / n);
  const beatMs = Math.max(MIN_BEAT_MS, step);
  return { step, beatMs, total: (n - 1) * step + beatMs + TAIL_MS };
}

/** The engine's event types (shared/resolve), each with the animation it gets. */
const BEATS: Record<string, Beat> = {
  event: 'banner', era: 'banner', outcome: 'banner', alarm: 'banner', alarmOff: 'banner',
  hegemonyWarning: 'banner', alarmDiffusion: 'banner', policyEnacted: 'banner', policyExpired: 'banner',
  policyLapsed: 'banner', policyRenewed: 'banner', policyRepealed: 'banner', campaignFailed: 'banner',
  lobbyFailed: 'banner', emergency: 'banner', emergencyKept: 'banner', endEmergency: 'banner',
  protest: 'hostile', acquire: 'hostile', expose: 'hostile',
  police: 'police', policed: 'police',
  interop: 'interop',
  pactFormed: 'bond', pactBroken: 'bond', standardFormed: 'bond', share: 'bond', subsidize: 'bond',
  philanthropy: 'bond', capture: 'bond',
  expand: 'growth', organize: 'growth', rally: 'growth', extract: 'growth', research: 'growth',
  income: 'growth', decentralize: 'growth', defend: 'growth', mission: 'growth',
  // The world's progress line and private notices are for the news feed, not the map.
  world: 'diffusion', dropped: 'skip', pactOfferDeclined: 'skip', pactOfferWithdrawn: 'skip',
};

/** For types the table does not know yet: guess from the name. */
const KEYWORDS: Array<[Beat, RegExp]> = [
  ['interop', /interop/i],
  ['police', /police|surveil/i],
  ['hostile', /protest|expose|acquire|hostile|scandal/i],
  ['diffusion', /diffus|leak|spill/i],
  ['bond', /pact|standard|share|subsid|philanthrop|capture|bloc/i],
  ['growth', /expand|organi[sz]e|rally|extract|research|income|growth|output|decentrali|defend|mission|tech/i],
];

/** Which kind of animation an event gets. */
export function beatOf(event: GameEvent): Beat {
  const known = BEATS[event.type];
  if (known) return known;
  for (const [beat, re] of KEYWORDS) if (re.test(event.type)) return beat;
  if (event.region !== undefined || event.seat !== undefined) return 'other';
  return 'banner';
}

export interface Group { beat: Beat; events: GameEvent[] }

/** Consecutive events of one kind play together, so a long round stays within the budget. */
export function groupEvents(events: GameEvent[]): Group[] {
  const groups: Group[] = [];
  for (const e of events) {
    const beat = beatOf(e);
    const last = groups[groups.length - 1];
    if (last && last.beat === beat) last.events.push(e);
    else groups.push({ beat, events: [e] });
  }
  return groups;
}

/**
 * The first clause of an event's sentence — "Era 2 begins", "Open-source wave" — for the banner;
 * the full sentence is in the news feed beside the board.
 */
export function headline(text: string, actor?: string): string {
  // "<lead>: <policy> is in force…", where the lead is "Vale legislates" or a longer clause such
  // as "Vale's lobbying succeeds — size is leverage over the rules": name the actor, not the lead.
  const enacted = /: ([^:]*?) is in force/.exec(text);
  if (enacted) {
    const by = actor ?? text.slice(0, Math.max(0, text.search(/'s | \w+: /)));
    return by ? `${enacted[1]} enacted by ${by}` : `${enacted[1]} enacted`;
  }
  const cut = text.search(/\. | — | \(/);
  let head = (cut > 0 ? text.slice(0, cut) : text).replace(/\.$/, '');
  if (head.length > 64 && head.includes(': ')) head = head.slice(0, head.indexOf(': '));
  return head.length > 64 ? `${head.slice(0, 62).trimEnd()}…` : head;
}

/** Shortest chain of regions from `from` to `to` along neighbour links (breadth-first). */
export function roadBetween(regions: Region[], from: number, to: number): number[] {
  const previous = new Map<number, number>([[from, from]]);
  const queue = [from];
  for (let i = 0; i < queue.length && !previous.has(to); i++) {
    for (const n of regions.find((r) => r.id === queue[i])?.neighbours ?? []) {
      if (!previous.has(n)) { previous.set(n, queue[i]); queue.push(n); }
    }
  }
  if (!previous.has(to)) return [];
  const path = [to];
  while (path[0] !== from) path.unshift(previous.get(path[0])!);
  return path;
}

