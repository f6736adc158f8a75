// Turns the region graph into a board of cells for a canvas of a given size: where each region's
// contents sit, the tile drawn for it, and how much room it has. Pure; redone on every resize.
import type { Region } from '../../shared/types';
import {
  fitFrame, framePoint, inradiusAt, insetPolygon, islandOutline, pointInPolygon, roundedOutline,
  voronoiCells, type BoardFrame, type Point,
} from './geometry';

export interface CellLayout {
  region: number;
  /** The region's position on the canvas (links and flows start here). */
  site: Point;
  /** Where the region's contents are centred: the roomiest point of its tile. */
  anchor: Point;
  /** Radius of the largest disc around `anchor` inside the tile. */
  room: number;
  /** The tile as drawn (inset and rounded). */
  tile: Point[];
  /** The whole cell, gutters included: a tap near a border still finds its region. */
  hit: Point[];
}

export interface BoardLayout {
  width: number;
  height: number;
  frame: BoardFrame;
  island: Point[];
  cells: CellLayout[];
  /** Space reserved along the bottom for the faction legend. */
  legendTop: number;
  legendHeight: number;
}

/** The point of a convex tile farthest from its edges, found on a coarse grid then refined. */
function roomiestPoint(tile: Point[], start: Point): { point: Point; room: number } {
  let best = { point: start, room: pointInPolygon(tile, start) ? inradiusAt(tile, start) : 0 };
  const xs = tile.map((p) => p.x), ys = tile.map((p) => p.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  let step = Math.max(maxX - minX, maxY - minY) / 12;
  let centre = best.point;
  for (let pass = 0; pass < 3; pass++) {
    for (let i = -6; i <= 6; i++) {
      for (let j = -6; j <= 6; j++) {
        const p = pass === 0
          ? { x: minX + ((i + 6) / 12) * (maxX - minX), y: minY + ((j + 6) / 12) * (maxY - minY) }
          : { x: centre.x + i * step, y: centre.y + j * step };
        if (!pointInPolygon(tile, p)) continue;
        // Lean towards the region's own position so contents stay near the links' ends.
        const room = inradiusAt(tile, p);
        const pull = Math.hypot(p.x - start.x, p.y - start.y) * 0.08;
        if (room - pull > best.room - Math.hypot(best.point.x - start.x, best.point.y - start.y) * 0.08) {
          best = { point: p, room };
        }
      }
    }
    centre = best.point;
    step /= 4;
  }
  return best;
}

/** `legendHeight` is in canvas pixels: the scene measures its legend before laying out the island. */
export function layoutBoard(regions: Region[], width: number, height: number, dpr: number, legendHeight: number): BoardLayout {
  const boardHeight = height * dpr - legendHeight;
  const w = width * dpr;
  const short = Math.min(w, boardHeight);
  const n = Math.max(1, regions.length);
  // Padding around the island scales with how big each cell will be (half a typical cell).
  const cellGuess = Math.min(Math.sqrt((w * boardHeight) / n) / 2, short / 3);
  const frame = fitFrame(regions, w, boardHeight, cellGuess * 0.95);
  const sites = regions.map((r) => framePoint(frame, r));
  const island = islandOutline(sites, cellGuess * 0.92);
  const gap = Math.max(2 * dpr, short * 0.006);
  // Sit the island and the legend together in the middle rather than the legend on the floor.
  const islandTop = Math.min(...island.map((p) => p.y));
  const islandBottom = Math.max(...island.map((p) => p.y));
  const group = islandBottom - islandTop + legendHeight;
  const shift = group <= height * dpr ? (height * dpr - group) / 2 - islandTop : 0;
  for (const p of sites) p.y += shift;
  for (const p of island) p.y += shift;
  frame.offsetY += shift;
  const legendTop = Math.min(height * dpr - legendHeight, islandBottom + shift);
  const raw = voronoiCells(sites, island);
  const cells = raw.map((cell, i): CellLayout => {
    const inset = insetPolygon(cell, gap);
    const tile = roundedOutline(inset, Math.max(6 * dpr, cellGuess * 0.18));
    const { point, room } = roomiestPoint(inset.length >= 3 ? inset : cell, sites[i]);
    return { region: regions[i].id, site: sites[i], anchor: point, room, tile, hit: cell };
  });
  return { width: w, height: height * dpr, frame, island, cells, legendTop, legendHeight };
}

/** The region under a canvas point, or null (gutters and sea are not a region). */
export function regionAt(layout: BoardLayout, p: Point): number | null {
  for (const c of layout.cells) if (pointInPolygon(c.hit, p)) return c.region;
  return null;
}
