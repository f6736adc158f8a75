// Paints the board's static picture for one view: the sea and island, region tiles tinted and
// patterned by their controller, roads, names, influence pips, home badges, population and
// wealth, and the legend. It only reads the MatchView; the Phaser scene shows the result.
import { controller } from '../../shared/index';
import type { Faction, Kind, MatchView } from '../../shared/types';
import type { EmblemImages } from './emblems';
import { inradiusAt, pointInPolygon, spanAt, type Point } from './geometry';
import type { BoardLayout, CellLayout } from './layout';
import { Pen } from './pen';
import { fillShape, strokeShape } from './shapes';
import { THEME, hexColour, isLight, mix } from './theme';

/** A legend entry's box in canvas pixels, so a click on it can name the faction. */
export interface LegendChip { seat: number; x: number; y: number; w: number; h: number }

export interface LegendPlan {
  key: boolean;
  keyFont: number;
  font: number;
  lineHeight: number;
  height: number;
  lines: Array<Array<{ seat: number; text: string; width: number }>>;
}

const KEY_ITEMS: Array<{ glyph: 'pip' | 'hollow' | 'home' | 'control' | 'person' | 'coin'; text: string }> = [
  { glyph: 'pip', text: 'influence' },
  { glyph: 'hollow', text: 'decentralised' },
  { glyph: 'control', text: 'controlled' },
  { glyph: 'home', text: 'home' },
  { glyph: 'person', text: 'population' },
  { glyph: 'coin', text: 'wealth' },
];

let measureContext: CanvasRenderingContext2D | null = null;

/** Text width with the board's font, measured on a scratch canvas. */
export function textWidth(text: string, size: number, bold = false): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size * 0.55;
  measureContext.font = `${bold ? 'bold ' : ''}${Math.round(size)}px ${THEME.fontFamily}`;
  return measureContext.measureText(text).width;
}

function keyWidth(font: number): number {
  return KEY_ITEMS.reduce((sum, item) => sum + font * 1.2 + textWidth(item.text, font) + font * 1.1, 0) - font * 1.1;
}

function legendName(view: MatchView, f: Faction): string {
  return view.viewer === f.seat ? `${f.name} (you)` : f.name;
}

/** Packs the faction chips into as few centred lines as the width allows. */
export function planLegend(view: MatchView, width: number, font: number, margin: number): LegendPlan {
  const maxLine = width - margin * 2;
  const lines: LegendPlan['lines'] = [[]];
  let used = 0;
  for (const f of view.factions) {
    let text = legendName(view, f);
    const room = maxLine - font * 2.7;
    while (text.length > 4 && textWidth(text, font) > room) text = `${text.slice(0, -2)}…`;
    const chipWidth = font * 1.9 + textWidth(text, font) + font * 0.8;
    if (used + chipWidth > maxLine && lines[lines.length - 1].length > 0) { lines.push([]); used = 0; }
    lines[lines.length - 1].push({ seat: f.seat, text, width: chipWidth });
    used += chipWidth;
  }
  const lineHeight = font * 1.6;
  const keyFont = font * 0.88;
  const key = keyWidth(keyFont) <= maxLine;
  const height = (lines.length + (key ? 1 : 0)) * lineHeight + font * 1.2;
  return { key, keyFont, font, lineHeight, height: Math.round(height), lines };
}

export function withoutKey(plan: LegendPlan): LegendPlan {
  return { ...plan, key: false, height: plan.height - plan.lineHeight };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** A polygon pushed outwards from its centre (for the sea's contour lines). */
function grow(poly: Point[], d: number): Point[] {
  const cx = poly.reduce((s, p) => s + p.x, 0) / poly.length;
  const cy = poly.reduce((s, p) => s + p.y, 0) / poly.length;
  return poly.map((p) => {
    const len = Math.hypot(p.x - cx, p.y - cy) || 1;
    return { x: p.x + ((p.x - cx) / len) * d, y: p.y + ((p.y - cy) / len) * d };
  });
}

export class BoardPainter {
  private readonly g: Pen;
  private readonly typical: number;

  constructor(
    ctx: CanvasRenderingContext2D,
    private readonly view: MatchView,
    private readonly layout: BoardLayout,
    private readonly dpr: number,
    private readonly emblems: Map<Kind, EmblemImages>,
  ) {
    this.g = new Pen(ctx);
    const rooms = layout.cells.map((c) => c.room).sort((a, b) => a - b);
    this.typical = rooms[Math.floor(rooms.length / 2)] ?? 40;
  }

  private px(css: number): number { return css * this.dpr; }

  private faction(seat: number | null): Faction | undefined {
    return seat === null ? undefined : this.view.factions.find((f) => f.seat === seat);
  }

  /** Paints everything, in layers; returns where the legend's chips ended up. */
  paint(legend: LegendPlan | null): LegendChip[] {
    const { view, layout } = this;
    this.g.ctx.clearRect(0, 0, layout.width, layout.height);
    this.sea();
    for (const cell of layout.cells) this.tile(cell);
    this.roads();
    for (const cell of layout.cells) this.contents(cell);
    return legend ? this.legend(legend) : [];
  }

  private sea(): void {
    const { g, layout } = this;
    g.fillStyle(THEME.sea, 1).fillRect(0, 0, layout.width, layout.height);
    // Faint contour lines around the island: a board, not a spreadsheet.
    for (let k = 3; k >= 1; k--) g.lineStyle(this.px(1), THEME.seaLine, 0.9).strokePoints(grow(layout.island, this.px(9) * k), true);
    g.fillStyle(THEME.island, 1).fillPoints(layout.island);
  }

  private roads(): void {
    const { g, layout, view } = this;
    const seen = new Set<string>();
    g.fillStyle(THEME.link, 0.5);
    for (const r of view.regions) {
      for (const n of r.neighbours) {
        const key = r.id < n ? `${r.id}-${n}` : `${n}-${r.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const a = layout.cells.find((c) => c.region === r.id)?.anchor, b = layout.cells.find((c) => c.region === n)?.anchor;
        if (!a || !b) continue;
        // A dotted road between the two regions' centres.
        const dots = Math.max(2, Math.floor(Math.hypot(b.x - a.x, b.y - a.y) / this.px(9)));
        for (let i = 1; i < dots; i++) g.fillCircle(a.x + ((b.x - a.x) * i) / dots, a.y + ((b.y - a.y) * i) / dots, this.px(1.6));
      }
    }
  }

  /** A tile tinted by its controller and patterned with its shape (colour is never the only cue). */
  private tile(cell: CellLayout): void {
    const { g } = this;
    const owner = this.faction(controller(this.view, cell.region));
    const colour = owner ? hexColour(owner.colour) : null;
    g.fillStyle(colour === null ? THEME.cell : mix(THEME.cell, colour, 0.42), 0.96).fillPoints(cell.tile);
    if (owner && colour !== null) {
      this.pattern(cell, owner.shape, colour);
      g.lineStyle(this.px(3), colour, 1);
    } else {
      g.lineStyle(this.px(1.5), THEME.cellEdge, 0.9);
    }
    g.strokePoints(cell.tile, true);
  }

  private pattern(cell: CellLayout, shape: string, colour: number): void {
    const { g } = this;
    const spacing = clamp(cell.room * 0.34, this.px(13), this.px(26));
    const size = spacing * 0.17;
    const xs = cell.tile.map((p) => p.x), ys = cell.tile.map((p) => p.y);
    const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
    g.fillStyle(mix(THEME.cell, colour, 0.9), 0.55);
    for (let row = 0, y = minY + spacing / 2; y < maxY; y += spacing * 0.87, row++) {
      for (let x = minX + (row % 2 ? spacing / 2 : 0); x < maxX; x += spacing) {
        const p = { x, y };
        if (pointInPolygon(cell.tile, p) && inradiusAt(cell.tile, p) > size * 2) fillShape(g, shape, x, y, size);
      }
    }
  }

  /** Stacked in the tile's roomiest spot: name (with home badges), influence rows, population and wealth. */
  private contents(cell: CellLayout): void {
    const { view, g } = this;
    const region = view.regions.find((r) => r.id === cell.region);
    if (!region) return;
    const { anchor, room } = cell;
    const owner = controller(view, region.id);
    // One type size for the whole board, smaller only where a tile is cramped.
    const font = clamp(Math.min(this.typical * 0.2, room * 0.26), this.px(11), this.px(18));
    const rows = view.factions.filter((f) => (f.influence[region.id] ?? 0) > 0.05);
    const pip = clamp(Math.min(this.typical * 0.075, room * 0.1), this.px(3.2), this.px(7.5));
    const rowGap = Math.min(pip * 2.7, (room * 1.7 - font * 2.6) / Math.max(1, rows.length));
    const home = view.factions.filter((f) => f.home === region.id);
    const blockHeight = font * 1.3 + rows.length * rowGap + font * 1.25;
    let y = anchor.y - blockHeight / 2 + font * 0.6;

    // Names shrink, then shorten, to stay inside their tile (measured across the tile at the
    // name's height) on small screens.
    const badge = font * 0.85;
    const badges = home.length * (badge * 2 + this.px(3));
    const span = spanAt(cell.tile, y) ?? [anchor.x - room, anchor.x + room];
    const inner: [number, number] = [Math.max(span[0] + this.px(4), this.px(3)), Math.min(span[1] - this.px(4), this.layout.width - this.px(3))];
    const room2 = inner[1] - inner[0] - badges;
    let nameFont = font;
    let name = region.name;
    const natural = g.measure(name, font, true);
    if (natural > room2) nameFont = Math.max(this.px(8.5), font * (room2 / natural) * 0.97);
    while (name.length > 4 && g.measure(name, nameFont, true) > room2) name = `${name.slice(0, -2)}…`;
    const nameWidth = g.measure(name, nameFont, true);
    const total = nameWidth + badges;
    // Centred on the tile's contents, nudged back inside the tile where that would overflow it.
    const left = anchor.x - total / 2;
    const nudge = Math.max(0, inner[0] - left) - Math.max(0, left + total - inner[1]);
    const cx = anchor.x + nudge;
    let bx = cx - total / 2 + badge;
    for (const f of home) { this.homeBadge(f, bx, y, badge); bx += badge * 2 + this.px(3); }
    g.text(cx - total / 2 + badges + nameWidth / 2, y, name, nameFont, THEME.text, true);
    y += font * 0.75 + rowGap * 0.55;

    // Adversarial interoperability in force here: the Movement's link sits on the Corporation's row.
    const breaches = (view.interops ?? []).filter((x) => x.region === region.id && x.untilRound >= view.round);
    for (const f of rows) {
      const end = this.influenceRow(f, region.id, anchor.x, y, pip, room * 1.55, f.seat === owner);
      const by = breaches.find((x) => x.corporation === f.seat);
      const mover = by ? this.faction(by.movement) : undefined;
      if (mover) this.chainLink(end + pip * 2, y, pip, hexColour(mover.colour));
      y += rowGap;
    }
    y += font * 0.05;
    this.statsRow(region.population, region.wealth, anchor.x, y + font * 0.2, Math.max(this.px(10), font * 0.85));
  }

  private homeBadge(f: Faction, x: number, y: number, r: number): void {
    const { g } = this;
    const colour = hexColour(f.colour);
    g.fillStyle(colour, 1);
    fillShape(g, f.shape, x, y, r);
    g.lineStyle(this.px(1.5), 0xffffff, 0.95);
    strokeShape(g, f.shape, x, y, r);
    if (this.view.viewer === f.seat) {
      // Your own home gets a second ring, so you find yourself on the map at a glance.
      g.lineStyle(this.px(1.5), THEME.selectable, 0.95).strokeCircle(x, y, r * 1.55);
    }
    const emblem = this.emblems.get(f.kind);
    if (emblem) g.image(isLight(colour) ? emblem.dark : emblem.light, x, y, r * 1.3);
  }

  /**
   * One faction's influence in a region as a row of pips in its colour and shape: filled for
   * influence it can use, hollow for decentralised influence, a part-pip for a fraction.
   */
  private influenceRow(f: Faction, region: number, cx: number, y: number, pip: number, maxWidth: number, controls: boolean): number {
    const { g } = this;
    const colour = hexColour(f.colour);
    const total = f.influence[region] ?? 0;
    const hollow = Math.min(total, f.decentralized[region] ?? 0);
    const whole = Math.floor(total + 1e-6);
    const part = total - whole;
    const count = whole + (part > 0.15 ? 1 : 0);
    const step = Math.min(pip * 2.5, maxWidth / Math.max(1, count));
    const r = Math.min(pip, step * 0.42);
    let x = cx - ((count - 1) * step) / 2;
    if (controls) g.fillStyle(0x000000, 0.28).fillRoundedRect(x - r * 2, y - r * 1.9, (count - 1) * step + r * 4, r * 3.8, r * 1.9);
    for (let i = 0; i < count; i++) {
      const size = i === whole ? r * Math.max(0.45, Math.sqrt(part)) : r;
      if (i >= count - Math.round(hollow)) {
        g.lineStyle(Math.max(this.px(1.2), r * 0.38), colour, 1);
        strokeShape(g, f.shape, x, y, size * 0.85);
      } else {
        g.fillStyle(colour, 1);
        fillShape(g, f.shape, x, y, size);
        g.lineStyle(this.px(1), 0x0b1220, 0.7);
        strokeShape(g, f.shape, x, y, size);
      }
      x += step;
    }
    /** Where the row ends, for markers placed after it. */
    return x - step + r;
  }

  /** Two linked rings: a Movement holds an interop on this Corporation here. */
  private chainLink(x: number, y: number, r: number, colour: number): void {
    const w = Math.max(this.px(1.3), r * 0.4);
    this.g.lineStyle(w + this.px(1.5), 0x0b1220, 0.8).strokeCircle(x - r * 0.55, y, r * 0.85).strokeCircle(x + r * 0.55, y, r * 0.85);
    this.g.lineStyle(w, colour, 1).strokeCircle(x - r * 0.55, y, r * 0.85).strokeCircle(x + r * 0.55, y, r * 0.85);
  }

  /** Population: head and shoulders. */
  private person(x: number, y: number, icon: number): void {
    this.g.fillStyle(0xd9e3f3, 1).fillCircle(x, y - icon * 0.55, icon * 0.45)
      .fillRoundedRect(x - icon * 0.8, y - icon * 0.02, icon * 1.6, icon * 0.95, { tl: icon * 0.7, tr: icon * 0.7, bl: 1, br: 1 });
  }

  /** Wealth: a coin with a rim. */
  private coin(x: number, y: number, icon: number): void {
    this.g.fillStyle(0xf2c94c, 1).fillCircle(x, y, icon * 0.95)
      .lineStyle(Math.max(1, icon * 0.22), 0x9a7412, 1).strokeCircle(x, y, icon * 0.55);
  }

  /** Population (a person) and wealth (a coin), each with its number. */
  private statsRow(population: number, wealth: number, cx: number, y: number, font: number): void {
    const { g } = this;
    const icon = font * 0.42;
    const gap = font * 0.5;
    const pop = String(population), rich = String(wealth);
    const width = icon * 2 + g.measure(pop, font) + gap * 3 + icon * 2 + g.measure(rich, font);
    let x = cx - width / 2 + icon;
    this.person(x, y, icon);
    x += icon + gap * 0.4 + g.text(x + icon + gap * 0.4, y, pop, font, THEME.textDim, false, 'left') + gap * 2 + icon;
    this.coin(x, y, icon);
    g.text(x + icon + gap * 0.4, y, rich, font, THEME.textDim, false, 'left');
  }

  /** Who is who: each faction's shape, colour and name. */
  private legend(plan: LegendPlan): LegendChip[] {
    const { g, layout, view } = this;
    const chips: LegendChip[] = [];
    const { font, lineHeight } = plan;
    plan.lines.forEach((line, li) => {
      const lineWidth = line.reduce((sum, c) => sum + c.width, 0);
      let x = Math.max(this.px(8), (layout.width - lineWidth) / 2);
      const y = layout.legendTop + lineHeight * (li + 0.5) + font * 0.4;
      for (const chip of line) {
        const f = view.factions.find((v) => v.seat === chip.seat);
        if (!f) continue;
        g.fillStyle(hexColour(f.colour), 1);
        fillShape(g, f.shape, x + font * 0.6, y, font * 0.42);
        g.lineStyle(this.px(1), 0xffffff, 0.8);
        strokeShape(g, f.shape, x + font * 0.6, y, font * 0.42);
        g.text(x + font * 1.3, y, chip.text, font, THEME.text, view.viewer === f.seat, 'left');
        chips.push({ seat: f.seat, x, y: y - lineHeight / 2, w: chip.width, h: lineHeight });
        x += chip.width;
      }
    });
    if (plan.key) this.key(layout.legendTop + lineHeight * (plan.lines.length + 0.5) + font * 0.3, plan.keyFont);
    return chips;
  }

  /** How to read a tile, on boards wide enough to spare the line. */
  private key(y: number, font: number): void {
    const { g } = this;
    const icon = font * 0.42;
    let x = (this.layout.width - keyWidth(font)) / 2;
    for (const item of KEY_ITEMS) {
      const cx = x + font * 0.5;
      switch (item.glyph) {
        case 'pip': g.fillStyle(0xd9e3f3, 1).fillCircle(cx, y, icon * 0.9); break;
        case 'hollow': g.lineStyle(this.px(1.5), 0xd9e3f3, 1).strokeCircle(cx, y, icon * 0.8); break;
        case 'home':
          g.fillStyle(0x5b6f93, 1).fillCircle(cx, y, icon * 1.15);
          g.lineStyle(this.px(1.2), 0xffffff, 1).strokeCircle(cx, y, icon * 1.15);
          g.fillStyle(0xffffff, 1).fillTriangle(cx - icon * 0.6, y - icon * 0.05, cx + icon * 0.6, y - icon * 0.05, cx, y - icon * 0.65);
          g.fillRect(cx - icon * 0.42, y - icon * 0.05, icon * 0.84, icon * 0.6);
          break;
        case 'control':
          g.fillStyle(0x5b6f93, 1).fillRoundedRect(cx - font * 0.5, y - font * 0.45, font, font * 0.9, font * 0.2);
          g.fillStyle(0xd9e3f3, 0.8);
          for (const [dx, dy] of [[-0.22, -0.2], [0.22, -0.2], [0, 0.2]]) g.fillCircle(cx + dx * font, y + dy * font, font * 0.08);
          break;
        case 'person': this.person(cx, y, icon); break;
        case 'coin': this.coin(cx, y, icon); break;
      }
      x += font * 1.2 + g.text(x + font * 1.2, y, item.text, font, THEME.textDim, false, 'left') + font * 1.1;
    }
  }
}
