// The board itself: the island of region tiles, the links between them, who controls what,
// influence pips, home emblems, the faction legend and target highlighting. It only reads the
// MatchView it is given; every fact it draws is also in the HTML around it.
import * as Phaser from 'phaser';
import type { Faction, Kind, MatchView } from '../../shared/types';
import { controller } from '../../shared/index';
import { emblemKey } from './emblems';
import { inradiusAt, pointInPolygon, type Point } from './geometry';
import { layoutBoard, regionAt, type BoardLayout, type CellLayout } from './layout';
import { asVectors, fillShape, strokeShape } from './shapes';
import { THEME, hexColour, isLight, mix } from './theme';

export interface BoardCallbacks {
  onRegionClick(region: number): void;
  onFactionClick?(seat: number): void;
}

interface LegendChip { seat: number; x: number; y: number; w: number; h: number }

export class BoardScene extends Phaser.Scene {
  view: MatchView | null = null;
  layout: BoardLayout | null = null;
  /** Canvas pixels per CSS pixel: the board draws at device resolution and is shown scaled down. */
  dpr = 1;
  /** Layer the resolution player draws into, above everything else. */
  fx!: Phaser.GameObjects.Container;
  private cssWidth = 0;
  private cssHeight = 0;
  private base!: Phaser.GameObjects.Graphics;
  private tiles!: Phaser.GameObjects.Graphics;
  private links!: Phaser.GameObjects.Graphics;
  private marks!: Phaser.GameObjects.Graphics;
  private labels!: Phaser.GameObjects.Container;
  private selection!: Phaser.GameObjects.Graphics;
  private selectable: Set<number> | null = null;
  private hovered: number | null = null;
  private legend: LegendChip[] = [];
  private legendPlan: LegendPlan | null = null;
  private viewKey = '';
  private pulse = 0;
  private ready!: () => void;
  readonly whenReady = new Promise<void>((resolve) => { this.ready = resolve; });

  constructor(private readonly callbacks: BoardCallbacks, private readonly emblems: Map<Kind, HTMLImageElement>) {
    super({ key: 'board' });
  }

  create(): void {
    for (const [kind, img] of this.emblems) {
      if (!this.textures.exists(emblemKey(kind))) this.textures.addImage(emblemKey(kind), img);
    }
    this.base = this.add.graphics();
    this.tiles = this.add.graphics();
    this.links = this.add.graphics();
    this.marks = this.add.graphics();
    this.labels = this.add.container();
    this.selection = this.add.graphics();
    this.fx = this.add.container();
    this.tweens.addCounter({
      from: 0, to: 1, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut',
      onUpdate: (tween) => { this.pulse = tween.getValue() ?? 0; this.drawSelection(); },
    });
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => this.hover(p));
    this.input.on('pointerup', (p: Phaser.Input.Pointer) => this.click(p));
    this.input.on('gameout', () => this.setHovered(null));
    this.ready();
  }

  setSize(cssWidth: number, cssHeight: number, dpr: number): void {
    this.cssWidth = cssWidth;
    this.cssHeight = cssHeight;
    this.dpr = dpr;
    this.cameras.main.setSize(Math.round(cssWidth * dpr), Math.round(cssHeight * dpr));
    this.relayout();
  }

  setView(view: MatchView): void {
    // The app calls this on every state patch (chat, drafts, timers): redraw only when
    // something the board shows has changed.
    const key = boardKey(view);
    if (this.view && key === this.viewKey) { this.view = view; return; }
    const regionsChanged = !this.view || this.view.regions.length !== view.regions.length
      || this.view.regions.some((r, i) => r.x !== view.regions[i]?.x || r.y !== view.regions[i]?.y);
    this.view = view;
    this.viewKey = key;
    if (regionsChanged) this.relayout();
    else this.redraw();
  }

  setSelectable(regions: number[] | null): void {
    this.selectable = regions ? new Set(regions) : null;
    this.drawSelection();
  }

  /** Faction by seat, for the resolution player. */
  faction(seat: number | undefined): Faction | undefined {
    return seat === undefined ? undefined : this.view?.factions.find((f) => f.seat === seat);
  }

  cell(region: number | undefined): CellLayout | undefined {
    return region === undefined ? undefined : this.layout?.cells.find((c) => c.region === region);
  }

  /** A length in canvas pixels that reads the same on every screen density. */
  px(cssPixels: number): number {
    return cssPixels * this.dpr;
  }

  private relayout(): void {
    if (!this.view || this.cssWidth <= 0 || this.cssHeight <= 0) return;
    const plan = planLegend(this.view, this.cssWidth * this.dpr, this.px(13), this.px(8));
    // A short board keeps its height for the tiles: the page around it names the factions too.
    this.legendPlan = plan.height <= this.cssHeight * this.dpr * 0.14 ? plan
      : plan.key && plan.height - plan.lineHeight <= this.cssHeight * this.dpr * 0.14 ? withoutKey(plan) : null;
    this.layout = layoutBoard(this.view.regions, this.cssWidth, this.cssHeight, this.dpr, this.legendPlan?.height ?? 0);
    this.redraw();
  }

  // ------------------------------------------------------------------ drawing

  private redraw(): void {
    const { view, layout } = this;
    if (!view || !layout) return;
    this.base.clear();
    this.tiles.clear();
    this.links.clear();
    this.marks.clear();
    this.labels.removeAll(true);
    this.drawSea(layout);
    this.drawLinks(view, layout);
    for (const cell of layout.cells) this.drawCell(view, cell);
    this.drawLegend(view, layout);
    this.drawSelection();
  }

  private drawSea(layout: BoardLayout): void {
    const g = this.base;
    g.fillStyle(THEME.sea, 1);
    g.fillRect(0, 0, layout.width, layout.height);
    // Faint contour lines around the island: a board, not a spreadsheet.
    for (let k = 3; k >= 1; k--) {
      g.lineStyle(this.px(1), THEME.seaLine, 0.9);
      g.strokePoints(asVectors(grow(layout.island, this.px(9) * k)), true, true);
    }
    g.fillStyle(THEME.island, 1);
    g.fillPoints(asVectors(layout.island), true);
  }

  private drawLinks(view: MatchView, layout: BoardLayout): void {
    const g = this.links;
    const seen = new Set<string>();
    for (const r of view.regions) {
      for (const n of r.neighbours) {
        const key = r.id < n ? `${r.id}-${n}` : `${n}-${r.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const a = layout.cells.find((c) => c.region === r.id), b = layout.cells.find((c) => c.region === n);
        if (!a || !b) continue;
        // A dotted road between the two regions' centres.
        const len = Math.hypot(b.anchor.x - a.anchor.x, b.anchor.y - a.anchor.y);
        const dots = Math.max(2, Math.floor(len / this.px(9)));
        g.fillStyle(THEME.link, 0.5);
        for (let i = 1; i < dots; i++) {
          const t = i / dots;
          g.fillCircle(a.anchor.x + (b.anchor.x - a.anchor.x) * t, a.anchor.y + (b.anchor.y - a.anchor.y) * t, this.px(1.6));
        }
      }
    }
  }

  private drawCell(view: MatchView, cell: CellLayout): void {
    const region = view.regions.find((r) => r.id === cell.region);
    if (!region) return;
    const g = this.tiles;
    const owner = controller(view, region.id);
    const ownerFaction = owner === null ? undefined : this.faction(owner);
    const ownerColour = ownerFaction ? hexColour(ownerFaction.colour) : null;
    const { anchor, room } = cell;

    // Tile: tinted by the controller and patterned with its shape (colour is never the only cue).
    g.fillStyle(ownerColour === null ? THEME.cell : mix(THEME.cell, ownerColour, 0.42), 0.96);
    g.fillPoints(asVectors(cell.tile), true);
    if (ownerFaction && ownerColour !== null) {
      this.pattern(cell, ownerFaction.shape, ownerColour);
      g.lineStyle(this.px(3), ownerColour, 1);
    } else {
      g.lineStyle(this.px(1.5), THEME.cellEdge, 0.9);
    }
    g.strokePoints(asVectors(cell.tile), true, true);

    // Contents, stacked: name (with home badge), influence rows, population and wealth.
    // One type size for the whole board (from the typical tile), smaller only where a tile is cramped.
    const typical = this.typicalRoom();
    const font = clamp(Math.min(typical * 0.2, room * 0.26), this.px(11), this.px(18));
    const rows = view.factions.filter((f) => (f.influence[region.id] ?? 0) > 0.05);
    const pip = clamp(Math.min(typical * 0.075, room * 0.1), this.px(3.2), this.px(7.5));
    const rowGap = Math.min(pip * 2.7, (room * 1.7 - font * 2.6) / Math.max(1, rows.length));
    const home = view.factions.filter((f) => f.home === region.id);
    const blockHeight = font * 1.3 + rows.length * rowGap + font * 1.25;
    let y = anchor.y - blockHeight / 2 + font * 0.6;

    const badge = font * 0.85;
    // Names shrink (then shorten) to stay inside their tile on small screens.
    const room2 = room * 2.2 - home.length * (badge * 2 + this.px(3));
    let nameFont = font;
    let nameText = region.name;
    const natural = textWidth(nameText, font) * 1.08;
    if (natural > room2) nameFont = Math.max(this.px(8.5), font * (room2 / natural));
    while (nameText.length > 4 && textWidth(nameText, nameFont) * 1.08 > room2) nameText = `${nameText.slice(0, -2)}…`;
    const name = this.label(anchor.x, y, nameText, nameFont, THEME.text, true);
    if (home.length > 0) {
      const total = name.width + home.length * (badge * 2 + this.px(3));
      // Keep the header on the canvas when a border tile's centre sits near the edge.
      const width = this.layout?.width ?? Infinity;
      const left = anchor.x - total / 2;
      const nudge = Math.max(0, this.px(3) - left) - Math.max(0, left + total - (width - this.px(3)));
      const cx = anchor.x + nudge;
      name.setX(cx + (total - name.width) / 2);
      let bx = cx - total / 2 + badge;
      for (const f of home) { this.homeBadge(f, bx, y, badge); bx += badge * 2 + this.px(3); }
    }
    y += font * 0.75 + rowGap * 0.55;

    for (const f of rows) {
      this.influenceRow(f, region.id, anchor.x, y, pip, room * 1.55, f.seat === owner);
      y += rowGap;
    }
    y += font * 0.05;
    this.statsRow(region.population, region.wealth, anchor.x, y + font * 0.2, Math.max(this.px(10), font * 0.85));
  }

  /** The controller's shape repeated across the tile, so control reads without colour. */
  private pattern(cell: CellLayout, shape: string, colour: number): void {
    const g = this.tiles;
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

  private typicalRoom(): number {
    const rooms = (this.layout?.cells ?? []).map((c) => c.room).sort((a, b) => a - b);
    return rooms[Math.floor(rooms.length / 2)] ?? 40;
  }

  private homeBadge(f: Faction, x: number, y: number, r: number): void {
    const g = this.marks;
    const colour = hexColour(f.colour);
    g.fillStyle(colour, 1);
    fillShape(g, f.shape === 'circle' ? 'circle' : f.shape, x, y, r);
    g.lineStyle(this.px(1.5), 0xffffff, 0.95);
    strokeShape(g, f.shape, x, y, r);
    if (this.textures.exists(emblemKey(f.kind))) {
      const img = this.add.image(x, y, emblemKey(f.kind)).setDisplaySize(r * 1.3, r * 1.3);
      if (isLight(colour)) img.setTint(0x111111);
      this.labels.add(img);
    }
  }

  /**
   * One faction's influence in a region as a row of pips in its colour and shape: filled for
   * influence it can use, hollow for decentralised influence, a part-pip for a fraction.
   */
  private influenceRow(f: Faction, region: number, cx: number, y: number, pip: number, maxWidth: number, controls: boolean): void {
    const g = this.marks;
    const colour = hexColour(f.colour);
    const total = f.influence[region] ?? 0;
    const hollow = Math.min(total, f.decentralized[region] ?? 0);
    const whole = Math.floor(total + 1e-6);
    const part = total - whole;
    const count = whole + (part > 0.15 ? 1 : 0);
    const step = Math.min(pip * 2.5, maxWidth / Math.max(1, count));
    const r = Math.min(pip, step * 0.42);
    let x = cx - ((count - 1) * step) / 2;
    if (controls) {
      g.fillStyle(0x000000, 0.28);
      g.fillRoundedRect(x - r * 2, y - r * 1.9, (count - 1) * step + r * 4, r * 3.8, r * 1.9);
    }
    for (let i = 0; i < count; i++) {
      const size = i === whole ? r * Math.max(0.45, Math.sqrt(part)) : r;
      const isHollow = i >= count - Math.round(hollow);
      if (isHollow) {
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
  }

  /** Population: head and shoulders. */
  private person(x: number, y: number, icon: number): void {
    const g = this.marks;
    g.fillStyle(0xd9e3f3, 1);
    g.fillCircle(x, y - icon * 0.55, icon * 0.45);
    g.fillRoundedRect(x - icon * 0.8, y - icon * 0.02, icon * 1.6, icon * 0.95, { tl: icon * 0.7, tr: icon * 0.7, bl: 1, br: 1 });
  }

  /** Wealth: a coin with a rim. */
  private coin(x: number, y: number, icon: number): void {
    const g = this.marks;
    g.fillStyle(0xf2c94c, 1);
    g.fillCircle(x, y, icon * 0.95);
    g.lineStyle(Math.max(1, icon * 0.22), 0x9a7412, 1);
    g.strokeCircle(x, y, icon * 0.55);
  }

  /** Population (a person) and wealth (a coin), each with its number. */
  private statsRow(population: number, wealth: number, cx: number, y: number, font: number): void {
    const icon = font * 0.42;
    const gap = font * 0.5;
    const popText = this.label(0, y, String(population), font, THEME.textDim, false).setOrigin(0, 0.5);
    const wealthText = this.label(0, y, String(wealth), font, THEME.textDim, false).setOrigin(0, 0.5);
    const width = icon * 2 + popText.width + gap * 3 + icon * 2 + wealthText.width;
    let x = cx - width / 2 + icon;
    this.person(x, y, icon);
    popText.setX(x + icon + gap * 0.4);
    x += icon + gap * 0.4 + popText.width + gap * 2 + icon;
    this.coin(x, y, icon);
    wealthText.setX(x + icon + gap * 0.4);
  }

  /** Who is who: each faction's shape, colour and name, clickable when the app wants faction picks. */
  private drawLegend(view: MatchView, layout: BoardLayout): void {
    this.legend = [];
    const plan = this.legendPlan;
    if (!plan) return;
    const { font, lineHeight } = plan;
    plan.lines.forEach((line, li) => {
      const lineWidth = line.reduce((sum, c) => sum + c.width, 0);
      let x = Math.max(this.px(8), (layout.width - lineWidth) / 2);
      const y = layout.legendTop + lineHeight * (li + 0.5) + font * 0.4;
      for (const chip of line) {
        const f = view.factions.find((v) => v.seat === chip.seat);
        if (!f) continue;
        const colour = hexColour(f.colour);
        this.marks.fillStyle(colour, 1);
        fillShape(this.marks, f.shape, x + font * 0.6, y, font * 0.42);
        this.marks.lineStyle(this.px(1), 0xffffff, 0.8);
        strokeShape(this.marks, f.shape, x + font * 0.6, y, font * 0.42);
        this.label(x + font * 1.3, y, chip.text, font, THEME.text, false).setOrigin(0, 0.5);
        this.legend.push({ seat: f.seat, x, y: y - lineHeight / 2, w: chip.width, h: lineHeight });
        x += chip.width;
      }
    });
    if (plan.key) this.drawKey(layout, layout.legendTop + lineHeight * (plan.lines.length + 0.5) + font * 0.3, plan.keyFont);
  }

  /** How to read a tile, on boards wide enough to spare the line. */
  private drawKey(layout: BoardLayout, y: number, font: number): void {
    const g = this.marks;
    const icon = font * 0.42;
    let x = (layout.width - keyWidth(font)) / 2;
    for (const item of KEY_ITEMS) {
      const cx = x + font * 0.5;
      switch (item.glyph) {
        case 'pip': g.fillStyle(0xd9e3f3, 1); g.fillCircle(cx, y, icon * 0.9); break;
        case 'hollow': g.lineStyle(this.px(1.5), 0xd9e3f3, 1); g.strokeCircle(cx, y, icon * 0.8); break;
        case 'home':
          g.fillStyle(0x5b6f93, 1); g.fillCircle(cx, y, icon * 1.15);
          g.lineStyle(this.px(1.2), 0xffffff, 1); g.strokeCircle(cx, y, icon * 1.15);
          g.fillStyle(0xffffff, 1); g.fillTriangle(cx - icon * 0.6, y - icon * 0.05, cx + icon * 0.6, y - icon * 0.05, cx, y - icon * 0.65);
          g.fillRect(cx - icon * 0.42, y - icon * 0.05, icon * 0.84, icon * 0.6);
          break;
        case 'control':
          g.fillStyle(0x5b6f93, 1); g.fillRoundedRect(cx - font * 0.5, y - font * 0.45, font, font * 0.9, font * 0.2);
          g.fillStyle(0xd9e3f3, 0.8);
          for (const [dx, dy] of [[-0.22, -0.2], [0.22, -0.2], [0, 0.2]]) g.fillCircle(cx + dx * font, y + dy * font, font * 0.08);
          break;
        case 'person': this.person(cx, y, icon); break;
        case 'coin': this.coin(cx, y, icon); break;
      }
      this.label(x + font * 1.2, y, item.text, font, THEME.textDim, false).setOrigin(0, 0.5);
      x += font * 1.2 + textWidth(item.text, font) + font * 1.1;
    }
  }

  private drawSelection(): void {
    const g = this.selection;
    if (!g) return;
    g.clear();
    const layout = this.layout;
    if (!layout) return;
    for (const cell of layout.cells) {
      const pickable = this.selectable?.has(cell.region) ?? false;
      if (this.selectable && !pickable) {
        g.fillStyle(0x05080f, 0.5);
        g.fillPoints(asVectors(cell.tile), true);
        continue;
      }
      if (pickable) {
        g.lineStyle(this.px(3 + this.pulse * 2.5), THEME.selectable, 0.55 + this.pulse * 0.45);
        g.strokePoints(asVectors(cell.tile), true, true);
      }
      if (this.hovered === cell.region && (pickable || !this.selectable)) {
        g.fillStyle(THEME.hover, 0.1);
        g.fillPoints(asVectors(cell.tile), true);
        g.lineStyle(this.px(2), THEME.hover, 0.85);
        g.strokePoints(asVectors(cell.tile), true, true);
      }
    }
  }

  private label(x: number, y: number, text: string, size: number, colour: string, bold: boolean): Phaser.GameObjects.Text {
    const t = this.add.text(x, y, text, {
      fontFamily: THEME.fontFamily,
      fontSize: `${Math.round(size)}px`,
      fontStyle: bold ? 'bold' : 'normal',
      color: colour,
      stroke: '#0b1220',
      strokeThickness: Math.max(2, Math.round(size * 0.22)),
    }).setOrigin(0.5);
    this.labels.add(t);
    return t;
  }

  // ------------------------------------------------------------------ input

  private pointAt(p: Phaser.Input.Pointer): Point {
    return { x: p.x, y: p.y };
  }

  private hover(p: Phaser.Input.Pointer): void {
    if (!this.layout) return;
    const region = regionAt(this.layout, this.pointAt(p));
    this.setHovered(region);
    const onChip = this.chipAt(this.pointAt(p)) !== null && !!this.callbacks.onFactionClick;
    const clickable = onChip || (region !== null && (!this.selectable || this.selectable.has(region)));
    this.game.canvas.style.cursor = clickable ? 'pointer' : 'default';
  }

  private setHovered(region: number | null): void {
    if (region === this.hovered) return;
    this.hovered = region;
    this.drawSelection();
  }

  private click(p: Phaser.Input.Pointer): void {
    if (!this.layout) return;
    const at = this.pointAt(p);
    const chip = this.chipAt(at);
    if (chip !== null) { this.callbacks.onFactionClick?.(chip); return; }
    const region = regionAt(this.layout, at);
    if (region === null) return;
    if (this.selectable && !this.selectable.has(region)) return;
    this.callbacks.onRegionClick(region);
  }

  private chipAt(p: Point): number | null {
    const chip = this.legend.find((c) => p.x >= c.x && p.x <= c.x + c.w && p.y >= c.y && p.y <= c.y + c.h);
    return chip ? chip.seat : null;
  }
}

const KEY_ITEMS: Array<{ glyph: 'pip' | 'hollow' | 'home' | 'control' | 'person' | 'coin'; text: string }> = [
  { glyph: 'pip', text: 'influence' },
  { glyph: 'hollow', text: 'decentralised' },
  { glyph: 'control', text: 'controlled' },
  { glyph: 'home', text: 'home' },
  { glyph: 'person', text: 'population' },
  { glyph: 'coin', text: 'wealth' },
];

function keyWidth(font: number): number {
  return KEY_ITEMS.reduce((sum, item) => sum + font * 1.2 + textWidth(item.text, font) + font * 1.1, 0) - font * 1.1;
}

interface LegendPlan {
  key: boolean;
  keyFont: number;
  font: number;
  lineHeight: number;
  height: number;
  lines: Array<Array<{ seat: number; text: string; width: number }>>;
}

let measureContext: CanvasRenderingContext2D | null = null;

/** Text width with the board's font, measured without creating a game object. */
function textWidth(text: string, size: number): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size * 0.55;
  measureContext.font = `${size}px ${THEME.fontFamily}`;
  return measureContext.measureText(text).width;
}

/** Packs the faction chips into as few centred lines as the width allows. */
function planLegend(view: MatchView, width: number, font: number, margin: number): LegendPlan {
  const maxLine = width - margin * 2;
  const lines: LegendPlan['lines'] = [[]];
  let used = 0;
  for (const f of view.factions) {
    let text = f.name;
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

/** Everything the board draws from a view, as one comparable string. */
function boardKey(view: MatchView): string {
  return JSON.stringify([
    view.regions,
    view.factions.map((f) => [f.seat, f.name, f.colour, f.shape, f.kind, f.home, f.influence, f.decentralized]),
  ]);
}

function withoutKey(plan: LegendPlan): LegendPlan {
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
