// Pure plane geometry for the board: where each region sits on the canvas and the shape of its
// cell. No Phaser here, so the layout can be reasoned about (and tested) without a renderer.

export interface Point { x: number; y: number }

/**
 * Maps the engine's 0..1 layout into canvas pixels. The layout is an abstract graph, not
 * geography, so it may be stretched (within limits) to fill a wide or tall box, or turned a
 * quarter when that makes it clearly larger.
 */
export interface BoardFrame {
  scaleX: number;
  scaleY: number;
  offsetX: number;
  offsetY: number;
  rotated: boolean;
}

export function framePoint(frame: BoardFrame, p: Point): Point {
  const u = frame.rotated ? { x: 1 - p.y, y: p.x } : p;
  return { x: frame.offsetX + u.x * frame.scaleX, y: frame.offsetY + u.y * frame.scaleY };
}

/** How far the layout may be stretched along one axis relative to the other. */
const MAX_STRETCH = 1.6;

/** The largest scales that fit the layout's bounding box inside width × height with a margin. */
export function fitFrame(points: Point[], width: number, height: number, margin: number): BoardFrame {
  const fit = (rotated: boolean): BoardFrame => {
    const pts = points.map((p) => (rotated ? { x: 1 - p.y, y: p.x } : p));
    const minX = Math.min(...pts.map((p) => p.x)), maxX = Math.max(...pts.map((p) => p.x));
    const minY = Math.min(...pts.map((p) => p.y)), maxY = Math.max(...pts.map((p) => p.y));
    const spanX = Math.max(maxX - minX, 0.05), spanY = Math.max(maxY - minY, 0.05);
    let scaleX = Math.max(1, (width - 2 * margin) / spanX);
    let scaleY = Math.max(1, (height - 2 * margin) / spanY);
    scaleX = Math.min(scaleX, scaleY * MAX_STRETCH);
    scaleY = Math.min(scaleY, scaleX * MAX_STRETCH);
    return {
      scaleX, scaleY,
      offsetX: width / 2 - ((minX + maxX) / 2) * scaleX,
      offsetY: height / 2 - ((minY + maxY) / 2) * scaleY,
      rotated,
    };
  };
  const upright = fit(false);
  const turned = fit(true);
  const size = (f: BoardFrame) => Math.min(f.scaleX, f.scaleY);
  return size(turned) > size(upright) * 1.08 ? turned : upright;
}

/** Convex hull (monotone chain), counter-clockwise in screen coordinates' math sense. */
export function convexHull(points: Point[]): Point[] {
  const pts = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (pts.length < 3) return pts;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: Point[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (const p of [...pts].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/**
 * The outline of the "continent": the hull of all region centres grown by `pad` with rounded
 * corners (a Minkowski sum with a disc, sampled). Convex, so cells can be clipped against it.
 */
export function islandOutline(points: Point[], pad: number, steps = 6): Point[] {
  const hull = convexHull(points);
  if (hull.length < 3) {
    const c = points[0] ?? { x: 0, y: 0 };
    return Array.from({ length: 24 }, (_, i) => ({
      x: c.x + pad * Math.cos((i / 24) * Math.PI * 2),
      y: c.y + pad * Math.sin((i / 24) * Math.PI * 2),
    }));
  }
  const out: Point[] = [];
  const n = hull.length;
  for (let i = 0; i < n; i++) {
    const prev = hull[(i + n - 1) % n], cur = hull[i], next = hull[(i + 1) % n];
    const a0 = Math.atan2(cur.y - prev.y, cur.x - prev.x) - Math.PI / 2;
    let a1 = Math.atan2(next.y - cur.y, next.x - cur.x) - Math.PI / 2;
    // Hull is counter-clockwise, so the outward normal turns forward around each corner.
    while (a1 < a0) a1 += Math.PI * 2;
    while (a1 > a0 + Math.PI * 2) a1 -= Math.PI * 2;
    for (let s = 0; s <= steps; s++) {
      const a = a0 + ((a1 - a0) * s) / steps;
      out.push({ x: cur.x + pad * Math.cos(a), y: cur.y + pad * Math.sin(a) });
    }
  }
  return out;
}

/** Keeps the part of a convex polygon on the side of the line where `inside(p) ≥ 0`. */
function clipByHalfPlane(poly: Point[], a: number, b: number, c: number): Point[] {
  const side = (p: Point) => c - (a * p.x + b * p.y);
  const out: Point[] = [];
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i], q = poly[(i + 1) % poly.length];
    const sp = side(p), sq = side(q);
    if (sp >= 0) out.push(p);
    if ((sp >= 0) !== (sq >= 0)) {
      const t = sp / (sp - sq);
      out.push({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });
    }
  }
  return out;
}

/**
 * Voronoi cell of each site inside a convex boundary: the boundary clipped by the perpendicular
 * bisector towards every other site. Boards have at most a dozen regions, so O(n²) is plenty.
 */
export function voronoiCells(sites: Point[], boundary: Point[]): Point[][] {
  return sites.map((s, i) => {
    let cell = boundary;
    sites.forEach((o, j) => {
      if (i === j || cell.length === 0) return;
      const a = o.x - s.x, b = o.y - s.y;
      const c = (o.x * o.x + o.y * o.y - s.x * s.x - s.y * s.y) / 2;
      cell = clipByHalfPlane(cell, a, b, c);
    });
    return cell;
  });
}

/** Moves every edge of a convex polygon inwards by `d`, leaving a gutter between cells. */
export function insetPolygon(poly: Point[], d: number): Point[] {
  if (poly.length < 3) return poly;
  const centre = centroid(poly);
  let out = poly;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i], q = poly[(i + 1) % poly.length];
    let nx = q.y - p.y, ny = -(q.x - p.x);
    const len = Math.hypot(nx, ny);
    if (len < 1e-9) continue;
    nx /= len; ny /= len;
    // Orient the normal away from the centre, then keep the side nearer the centre.
    if ((centre.x - p.x) * nx + (centre.y - p.y) * ny > 0) { nx = -nx; ny = -ny; }
    out = clipByHalfPlane(out, nx, ny, nx * p.x + ny * p.y - d);
    if (out.length === 0) return out;
  }
  return out;
}

export function centroid(poly: Point[]): Point {
  let x = 0, y = 0;
  for (const p of poly) { x += p.x; y += p.y; }
  return { x: x / Math.max(1, poly.length), y: y / Math.max(1, poly.length) };
}

/** Distance from `p` to the nearest edge of a convex polygon: room for a cell's contents. */
export function inradiusAt(poly: Point[], p: Point): number {
  let best = Infinity;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i], b = poly[(i + 1) % poly.length];
    const dx = b.x - a.x, dy = b.y - a.y;
    const len2 = dx * dx + dy * dy || 1;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    best = Math.min(best, Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)));
  }
  return best;
}

export function pointInPolygon(poly: Point[], p: Point): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i], b = poly[j];
    if ((a.y > p.y) !== (b.y > p.y) && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** A closed polygon with its corners cut by quadratic curves: softer tiles. */
export function roundedOutline(poly: Point[], radius: number, steps = 4): Point[] {
  if (poly.length < 3 || radius <= 0) return poly;
  const out: Point[] = [];
  const n = poly.length;
  for (let i = 0; i < n; i++) {
    const prev = poly[(i + n - 1) % n], cur = poly[i], next = poly[(i + 1) % n];
    const dIn = Math.hypot(cur.x - prev.x, cur.y - prev.y), dOut = Math.hypot(next.x - cur.x, next.y - cur.y);
    const r = Math.min(radius, dIn / 2, dOut / 2);
    if (r < 0.5) { out.push(cur); continue; }
    const a = { x: cur.x + ((prev.x - cur.x) * r) / dIn, y: cur.y + ((prev.y - cur.y) * r) / dIn };
    const b = { x: cur.x + ((next.x - cur.x) * r) / dOut, y: cur.y + ((next.y - cur.y) * r) / dOut };
    for (let s = 0; s <= steps; s++) {
      const t = s / steps, u = 1 - t;
      out.push({ x: u * u * a.x + 2 * u * t * cur.x + t * t * b.x, y: u * u * a.y + 2 * u * t * cur.y + t * t * b.y });
    }
  }
  return out;
}

/** Where a horizontal line at `y` crosses a convex polygon: [left, right], or null if it misses. */
export function spanAt(poly: Point[], y: number): [number, number] | null {
  let left = Infinity, right = -Infinity;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i], b = poly[(i + 1) % poly.length];
    if ((a.y - y) * (b.y - y) > 0 || a.y === b.y) continue;
    const x = a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x);
    left = Math.min(left, x);
    right = Math.max(right, x);
  }
  return left <= right ? [left, right] : null;
}
