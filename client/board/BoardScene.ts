// The board's Phaser scene: shows the painted picture of the current view as one texture, draws
// target highlighting and hover on top, turns pointer and touch input into region and faction
// clicks, and hosts the layer the resolution animation plays in. It only reads the MatchView.
import * as Phaser from 'phaser';
import type { Faction, Kind, MatchView } from '../../shared/types';
import type { EmblemImages } from './emblems';
import type { Point } from './geometry';
import { layoutBoard, regionAt, type BoardLayout, type CellLayout } from './layout';
import { BoardPainter, planLegend, withoutKey, type LegendChip, type LegendPlan } from './painter';
import { asVectors } from './shapes';
import { THEME } from './theme';

export interface BoardCallbacks {
  onRegionClick(region: number): void;
  onFactionClick?(seat: number): void;
}

const PICTURE_KEY = 'board-picture';

export class BoardScene extends Phaser.Scene {
  view: MatchView | null = null;
  layout: BoardLayout | null = null;
  /** Canvas pixels per CSS pixel: the board draws at device resolution and is shown scaled down. */
  dpr = 1;
  /** Layer the resolution player draws into, above everything else. */
  fx!: Phaser.GameObjects.Container;
  private cssWidth = 0;
  private cssHeight = 0;
  /** The painted board: redrawn with the 2D canvas API only when the view or size changes. */
  private readonly pictureCanvas = document.createElement('canvas');
  private picture: Phaser.GameObjects.Image | null = null;
  private selection!: Phaser.GameObjects.Graphics;
  private selectable: Set<number> | null = null;
  private hovered: number | null = null;
  private legend: LegendChip[] = [];
  private legendPlan: LegendPlan | null = null;
  private viewKey = '';
  private pulse = 0;
  private ready!: () => void;
  readonly whenReady = new Promise<void>((resolve) => { this.ready = resolve; });

  constructor(private readonly callbacks: BoardCallbacks, private readonly emblems: Map<Kind, EmblemImages>) {
    super({ key: 'board' });
  }

  create(): void {
    this.selection = this.add.graphics().setDepth(1);
    this.fx = this.add.container().setDepth(2);
    this.tweens.addCounter({
      from: 0, to: 1, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut',
      onUpdate: (tween) => {
        this.pulse = tween.getValue() ?? 0;
        // Only picking needs the pulse; otherwise leave the frame alone.
        if (this.selectable) this.drawSelection();
      },
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
    // The app calls this on every state patch (chat, drafts, timers): repaint only when
    // something the board shows has changed.
    const key = boardKey(view);
    if (this.view && key === this.viewKey) { this.view = view; return; }
    const regionsChanged = !this.view || this.view.regions.length !== view.regions.length
      || this.view.regions.some((r, i) => r.x !== view.regions[i]?.x || r.y !== view.regions[i]?.y);
    this.view = view;
    this.viewKey = key;
    if (regionsChanged) this.relayout();
    else this.repaint();
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
    const height = this.cssHeight * this.dpr;
    const plan = planLegend(this.view, this.cssWidth * this.dpr, this.px(13), this.px(8));
    // A short board keeps its height for the tiles: the page around it names the factions too.
    this.legendPlan = plan.height <= height * 0.14 ? plan
      : plan.key && plan.height - plan.lineHeight <= height * 0.14 ? withoutKey(plan) : null;
    this.layout = layoutBoard(this.view.regions, this.cssWidth, this.cssHeight, this.dpr, this.legendPlan?.height ?? 0);
    this.repaint();
  }

  private repaint(): void {
    const { view, layout } = this;
    if (!view || !layout) return;
    const canvas = this.pictureCanvas;
    const width = Math.max(1, Math.round(layout.width)), height = Math.max(1, Math.round(layout.height));
    const resized = canvas.width !== width || canvas.height !== height;
    if (resized) { canvas.width = width; canvas.height = height; }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    this.legend = new BoardPainter(ctx, view, layout, this.dpr, this.emblems).paint(this.legendPlan);

    // A new size needs a new texture; otherwise re-upload the same canvas.
    if (resized || !this.textures.exists(PICTURE_KEY)) {
      this.picture?.destroy();
      if (this.textures.exists(PICTURE_KEY)) this.textures.remove(PICTURE_KEY);
      this.textures.addCanvas(PICTURE_KEY, canvas);
      this.picture = this.add.image(0, 0, PICTURE_KEY).setOrigin(0).setDepth(0);
    } else {
      (this.textures.get(PICTURE_KEY) as Phaser.Textures.CanvasTexture).refresh();
    }
    this.drawSelection();
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

  // ------------------------------------------------------------------ input

  private hover(p: Phaser.Input.Pointer): void {
    if (!this.layout) return;
    const at: Point = { x: p.x, y: p.y };
    const region = regionAt(this.layout, at);
    this.setHovered(region);
    const onChip = this.chipAt(at) !== null && !!this.callbacks.onFactionClick;
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
    const at: Point = { x: p.x, y: p.y };
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

/** Everything the board paints from a view, as one comparable string. */
function boardKey(view: MatchView): string {
  return JSON.stringify([
    view.viewer ?? null,
    view.regions,
    view.factions.map((f) => [f.seat, f.name, f.colour, f.shape, f.kind, f.home, f.influence, f.decentralized]),
    (view.interops ?? []).filter((x) => x.untilRound >= view.round),
  ]);
}
