// Reads a V8 .cpuprofile (from `node --cpu-prof`) and ranks where the time went: by function
// (self time) and by module (our server, our rules engine, @colyseus/schema, ws, node internals…).
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[]; timeDeltas?: number[] }

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  topFunctions: Array<{ fn: string; selfMs: number; percent: number }>;
  byModule: Array<{ module: string; selfMs: number; percent: number }>;
}

/** Which part of the system a script URL belongs to. */
export function moduleOf(url: string): string {
  if (!url) return '(native/gc)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith('node:')) return 'node internals';
  const repo = /\/(shared|server|tests)\/(.*)$/.exec(url);
  if (repo) return repo[1] === 'shared' && repo[2].startsWith('bots') ? 'shared/bots' : repo[1];
  return url.replace(/^file:\/\//, '');
}

export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  // Sample deltas give time per sample; hitCount alone assumes an even interval.
  if (profile.samples && profile.timeDeltas) {
    for (let i = 0; i < profile.samples.length; i++) {
      const id = profile.samples[i];
      selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  }
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const fnTotals = new Map<string, number>();
  const moduleTotals = new Map<string, number>();
  let idleMs = 0;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') { idleMs += ms; continue; }
    const short = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(shared|server|tests)\//, '$1/');
    const key = `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
    fnTotals.set(key, (fnTotals.get(key) ?? 0) + ms);
    const mod = functionName === '(garbage collector)' ? '(garbage collector)' : moduleOf(url);
    moduleTotals.set(mod, (moduleTotals.get(mod) ?? 0) + ms);
  }
  const busy = Math.max(1, totalMs - idleMs);
  const rank = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: Math.round(totalMs),
    idleMs: Math.round(idleMs),
    topFunctions: rank(fnTotals).slice(0, top).map(([fn, ms]) => ({ fn, selfMs: Math.round(ms), percent: Math.round((ms / busy) * 1000) / 10 })),
    byModule: rank(moduleTotals).slice(0, 15).map(([module, ms]) => ({ module, selfMs: Math.round(ms), percent: Math.round((ms / busy) * 1000) / 10 })),
  };
}
