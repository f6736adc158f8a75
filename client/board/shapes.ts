// Each faction has a shape as well as a colour, so control and influence read without colour
// vision. These draw the six shapes the engine hands out, at any size.
import type * as Phaser from 'phaser';
import type { Point } from './geometry';

export type FactionShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon' | 'star';

function regular(cx: number, cy: number, r: number, sides: number, turn: number): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = turn + (i / sides) * Math.PI * 2;
    return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
  });
}

/** Outline points of a shape of "radius" r; null for the circle (drawn natively). */
export function shapePoints(shape: string, cx: number, cy: number, r: number): Point[] | null {
  switch (shape as FactionShape) {
    case 'square': return regular(cx, cy, r * 1.2, 4, Math.PI / 4);
    case 'triangle': return regular(cx, cy + r * 0.18, r * 1.3, 3, -Math.PI / 2);
    case 'diamond': return regular(cx, cy, r * 1.3, 4, 0);
    case 'hexagon': return regular(cx, cy, r * 1.12, 6, 0);
    case 'star': {
      const pts: Point[] = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i / 10) * Math.PI * 2;
        const rr = i % 2 === 0 ? r * 1.35 : r * 0.6;
        pts.push({ x: cx + rr * Math.cos(a), y: cy + rr * Math.sin(a) });
      }
      return pts;
    }
    default: return null;
  }
}

/** Phaser's point-list methods only read x and y; plain points are enough. */
export const asVectors = (points: Point[]): Phaser.Math.Vector2[] => points as unknown as Phaser.Math.Vector2[];

/** What the shapes need from a drawing surface (the board's Pen). */
export interface ShapePen {
  fillPoints(points: Point[], closeShape?: boolean): unknown;
  strokePoints(points: Point[], closeShape?: boolean, closePath?: boolean): unknown;
  fillCircle(x: number, y: number, r: number): unknown;
  strokeCircle(x: number, y: number, r: number): unknown;
}

export function fillShape(g: ShapePen, shape: string, cx: number, cy: number, r: number): void {
  const pts = shapePoints(shape, cx, cy, r);
  if (pts) g.fillPoints(pts, true);
  else g.fillCircle(cx, cy, r);
}

export function strokeShape(g: ShapePen, shape: string, cx: number, cy: number, r: number): void {
  const pts = shapePoints(shape, cx, cy, r);
  if (pts) g.strokePoints(pts, true, true);
  else g.strokeCircle(cx, cy, r);
}
