// The seeded world: a planar region graph laid out on a jittered grid. Orthogonal links plus at
// most one diagonal per grid cell keep it planar; population and wealth pull against each other
// so States/Corporations (wealth) and Movements (population) want different places.
import type { Rng } from './rng';
import type { Kind, Region } from './types';

const REGION_NAMES = [
  'Northmarch', 'Saltmere', 'Ashford Vale', 'Corrin Bay', 'Eastwold', 'Highreach', 'Ironhollow',
  'Juniper Coast', 'Kestrel Downs', 'Lowfen', 'Marrow Isles', 'Nettlecombe', 'Oakhaven', 'Pellow Reach',
  'Quarry Heights', 'Redwater', 'Stonebridge', 'Tamsin Flats', 'Umber Hills', 'Vellmoor',
  'Westerling', 'Yarrowfield', 'Brightwater', 'Glasshaven', 'Farrow Plain', 'Dunmere',
];

export interface World { regions: Region[]; distances: number[][]; homes: number[] }

/** 9 regions for 3 seats, 12 for 4–6; homes are distinct, spread apart, with equal value. */
export function generateWorld(rng: Rng, kinds: Kind[]): World {
  const seats = kinds.length;
  const cols = seats <= 3 ? 3 : 4;
  const rows = 3;
  const count = cols * rows;
  const names = rng.shuffle(REGION_NAMES.slice()).slice(0, count);
  const regions: Region[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const id = r * cols + c;
      const x = (c + 0.5 + (rng.float() - 0.5) * 0.44) / cols;
      const y = (r + 0.5 + (rng.float() - 0.5) * 0.44) / rows;
      const population = 1 + rng.int(5);
      const wealth = Math.min(5, Math.max(1, 6 - population + rng.int(3) - 1));
      regions.push({ id, name: names[id], x: round3(x), y: round3(y), neighbours: [], population, wealth });
    }
  }
  const link = (a: number, b: number) => { regions[a].neighbours.push(b); regions[b].neighbours.push(a); };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const id = r * cols + c;
      if (c + 1 < cols) link(id, id + 1);
      if (r + 1 < rows) link(id, id + cols);
      if (c + 1 < cols && r + 1 < rows && rng.chance(0.6)) {
        if (rng.chance(0.5)) link(id, id + cols + 1); else link(id + 1, id + cols);
      }
    }
  }
  for (const region of regions) region.neighbours.sort((a, b) => a - b);
  const distances = allDistances(regions);
  // Equal home regions: nobody starts richer by the luck of the map.
  const homes = pickHomes(rng, regions, distances, kinds);
  for (const home of homes) { regions[home].population = 3; regions[home].wealth = 3; }
  return { regions, distances, homes };
}

function round3(v: number): number { return Math.round(v * 1000) / 1000; }

function allDistances(regions: Region[]): number[][] {
  return regions.map((from) => {
    const dist = regions.map(() => -1);
    dist[from.id] = 0;
    const queue = [from.id];
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i];
      for (const next of regions[at].neighbours) {
        if (dist[next] < 0) { dist[next] = dist[at] + 1; queue.push(next); }
      }
    }
    return dist;
  });
}

/**
 * Best of many seeded draws: far apart first, then a similar value next door for each faction's
 * kind (its starting foothold), so the map's luck decides little.
 */
function pickHomes(rng: Rng, regions: Region[], distances: number[][], kinds: Kind[]): number[] {
  const seats = kinds.length;
  const ids = regions.map((r) => r.id);
  let best: number[] = [];
  let bestScore = -Infinity;
  for (let attempt = 0; attempt < 200; attempt++) {
    const pick = rng.shuffle(ids.slice()).slice(0, seats);
    let minDist = Infinity;
    for (let i = 0; i < pick.length; i++) {
      for (let j = i + 1; j < pick.length; j++) minDist = Math.min(minDist, distances[pick[i]][pick[j]]);
    }
    const footholds = pick.map((h, seat) => regions[h].neighbours
      .filter((nb) => !pick.includes(nb))
      .reduce((sum, nb) => sum + (kinds[seat] === 'movement' ? regions[nb].population : regions[nb].wealth), 0));
    const spread = Math.max(...footholds) - Math.min(...footholds);
    const score = minDist * 100 - spread * 5;
    if (score > bestScore) { bestScore = score; best = pick; }
  }
  return best;
}
