// Plays one round's events on the board in about three seconds: growth pulses, diffusion flowing
// along links, protests and policing flashing on tiles, interoperability chains, pacts arcing
// between homes, and a banner for world events. It reads the events' fields only; the sentences
// themselves are listed by the HTML news feed.
import * as Phaser from 'phaser';
import type { GameEvent } from '../../shared/types';
import type { BoardScene } from './BoardScene';
import { beatOf, scheduleBeats, groupEvents, headline, roadBetween, type Beat, type Group } from './eventPlan';
import type { Point } from './geometry';
import { asVectors } from './shapes';
import { THEME, hexColour } from './theme';

export class ResolutionPlayer {
  private finish: (() => void) | null = null;
  private currentBanner: Phaser.GameObjects.Container | null = null;

  constructor(private readonly scene: BoardScene) {}

  /** Stops the current animation at once (a new round, or the board going away). */
  stop(): void {
    this.finish?.();
  }

  play(events: GameEvent[]): Promise<void> {
    this.stop();
    // With reduced motion asked for, nothing travels across the board: flashes and banners only.
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    const groups = groupEvents(events).filter((g) => g.beat !== 'skip'
      && (g.beat !== 'banner' || g.events.some((e) => e.text))
      && !(still && (g.beat === 'diffusion' || g.beat === 'bond' || g.beat === 'interop')));
    if (groups.length === 0 || !this.scene.layout) return Promise.resolve();
    const { step, beatMs, total } = scheduleBeats(groups.length);
    return new Promise<void>((resolve) => {
      // Beats run on the wall clock, not the game clock: a slow or hidden tab still ends on time.
      const timers: number[] = [];
      const done = () => {
        if (this.finish !== done) return;
        this.finish = null;
        for (const t of timers) window.clearTimeout(t);
        this.scene.tweens.killTweensOf(this.scene.fx.list);
        this.scene.fx.removeAll(true);
        this.currentBanner = null;
        resolve();
      };
      this.finish = done;
      groups.forEach((g, i) => {
        timers.push(window.setTimeout(() => this.playGroup(g, beatMs), i * step));
      });
      timers.push(window.setTimeout(done, total));
    });
  }

  private playGroup(group: Group, ms: number): void {
    const s = this.scene;
    if (group.beat === 'banner') {
      // One banner per beat: world events of the same moment read as a short list.
      const lines = group.events.map((e) => headline(e.text, s.faction(e.seat)?.name)).filter(Boolean);
      const warn = group.events.some((e) => /alarm|hegemon|catastroph|emergency/i.test(e.type + e.text));
      this.banner(lines.slice(0, 3).join('\n'), ms, warn);
      return;
    }
    const stagger = Math.min(90, (ms * 0.35) / Math.max(1, group.events.length));
    group.events.forEach((e, i) => {
      const delay = i * stagger;
      // Effects linger into the next beat so a quick round still reads as a sequence.
      const dur = ms * 1.5 - delay;
      const run = () => this.playEvent(group.beat, e, dur);
      if (delay === 0) run(); else this.scene.time.delayedCall(delay, () => { if (this.finish) run(); });
    });
  }

  private playEvent(beat: Beat, e: GameEvent, ms: number): void {
    const s = this.scene;
    const colour = hexColour(s.faction(e.seat)?.colour);
    const at = this.placeOf(e);
    switch (beat) {
      case 'banner': this.banner(headline(e.text, s.faction(e.seat)?.name), ms, false); break;
      case 'growth':
        if (!at) break;
        this.ring(at, colour || THEME.growth, ms);
        if (e.value !== undefined && Math.abs(e.value) >= 0.05) {
          this.floatText(at, e.value > 0 ? `+${round1(e.value)}` : `−${round1(-e.value)}`, e.value > 0 ? THEME.growth : THEME.hostile, ms);
        }
        break;
      case 'hostile':
        if (e.region !== undefined) this.flashTile(e.region, THEME.hostile, ms, 2);
        if (at) this.burst(at, THEME.hostile, ms);
        if (at && e.value !== undefined && e.value !== 0) this.floatText(at, `−${round1(Math.abs(e.value))}`, THEME.hostile, ms);
        break;
      case 'police':
        if (e.region !== undefined) this.flashTile(e.region, THEME.police, ms, 3);
        if (at) this.ring(at, THEME.police, ms);
        break;
      case 'interop': {
        const from = this.homeOf(e.seat);
        if (from && at) this.chain(from, at, colour, ms);
        if (e.region !== undefined) this.flashTile(e.region, colour, ms, 1);
        break;
      }
      case 'bond': {
        const a = this.homeOf(e.seat), b = this.homeOf(e.target);
        if (a && b && (a.x !== b.x || a.y !== b.y)) this.arc(a, b, colour, ms);
        else if (a) this.ring(a, colour, ms);
        break;
      }
      case 'diffusion': this.diffusion(e, colour, ms); break;
      default:
        if (at) this.ring(at, colour || THEME.hover, ms);
    }
  }

  // ------------------------------------------------------------------ where

  private placeOf(e: GameEvent): Point | null {
    // Without a region, a hostile act lands on its target's home; anything else on the actor's.
    const who = beatOf(e) === 'hostile' && e.target !== undefined ? e.target : e.seat;
    return this.scene.cell(e.region)?.anchor ?? this.homeOf(who);
  }

  private homeOf(seat: number | undefined): Point | null {
    const f = this.scene.faction(seat);
    return f ? this.scene.cell(f.home)?.anchor ?? null : null;
  }

  // ------------------------------------------------------------------ effects

  private ring(at: Point, colour: number, ms: number): void {
    const s = this.scene;
    const r = s.px(26);
    const ring = s.add.circle(at.x, at.y, r).setStrokeStyle(s.px(5), colour, 1).setScale(0.3);
    s.fx.add(ring);
    s.tweens.add({ targets: ring, scale: 2, alpha: 0, duration: ms, ease: 'Cubic.easeOut' });
    const inner = s.add.circle(at.x, at.y, r * 0.7, 0xffffff, 0.5).setScale(0.2);
    s.fx.add(inner);
    s.tweens.add({ targets: inner, scale: 1.4, alpha: 0, duration: ms * 0.8, ease: 'Quad.easeOut' });
  }

  private floatText(at: Point, text: string, colour: number, ms: number): void {
    const s = this.scene;
    const t = s.add.text(at.x + s.px(14), at.y - s.px(6), text, {
      fontFamily: THEME.fontFamily, fontSize: `${Math.round(s.px(20))}px`, fontStyle: 'bold',
      color: `#${colour.toString(16).padStart(6, '0')}`, stroke: '#0b1220', strokeThickness: Math.round(s.px(4)),
    }).setOrigin(0, 0.5);
    s.fx.add(t);
    s.tweens.add({ targets: t, y: at.y - s.px(34), alpha: { from: 1, to: 0 }, duration: ms, ease: 'Quad.easeIn' });
  }

  private burst(at: Point, colour: number, ms: number): void {
    const s = this.scene;
    const star = s.add.star(at.x, at.y, 9, s.px(11), s.px(30), colour, 0.9).setScale(0.2);
    star.setStrokeStyle(s.px(2), 0xffffff, 0.9);
    s.fx.add(star);
    s.tweens.add({ targets: star, scale: 1.3, angle: 40, alpha: 0, duration: ms, ease: 'Back.easeOut' });
  }

  private flashTile(region: number, colour: number, ms: number, flashes: number): void {
    const s = this.scene;
    const cell = s.cell(region);
    if (!cell) return;
    const g = s.add.graphics();
    g.fillStyle(colour, 0.6);
    g.fillPoints(asVectors(cell.tile), true);
    g.lineStyle(s.px(4), colour, 1);
    g.strokePoints(asVectors(cell.tile), true, true);
    g.setAlpha(0);
    s.fx.add(g);
    s.tweens.add({ targets: g, alpha: 1, duration: ms / (flashes * 2), yoyo: true, repeat: flashes - 1, ease: 'Sine.easeInOut' });
  }

  /** Dots running from `a` to `b`, like ideas or control moving along a link. */
  private flow(a: Point, b: Point, colour: number, ms: number, dots = 4): void {
    const s = this.scene;
    for (let i = 0; i < dots; i++) {
      const dot = s.add.circle(a.x, a.y, s.px(5), colour, 1).setStrokeStyle(s.px(1.5), 0xffffff, 0.9).setAlpha(0);
      s.fx.add(dot);
      s.tweens.add({
        targets: dot, x: b.x, y: b.y, duration: ms * 0.6, delay: (i * ms * 0.4) / dots, ease: 'Sine.easeInOut',
        onStart: () => dot.setAlpha(1),
        onComplete: () => dot.setAlpha(0),
      });
    }
  }

  private diffusion(e: GameEvent, colour: number, ms: number): void {
    const s = this.scene;
    const view = s.view;
    if (!view) return;
    const cell = s.cell(e.region);
    if (cell) {
      // Control spreading out of a dominated region into each neighbour.
      const region = view.regions.find((r) => r.id === e.region);
      for (const n of region?.neighbours ?? []) {
        const to = s.cell(n);
        if (to) this.flow(cell.anchor, to.anchor, colour, ms, 3);
      }
      return;
    }
    if (e.seat === undefined) { this.ideasFlow(ms); return; }
    // Ideas reaching a faction: flowing into its home from everyone else's.
    const home = this.homeOf(e.seat);
    if (!home) return;
    for (const f of view.factions) {
      if (f.seat === e.seat) continue;
      const from = s.cell(f.home)?.anchor;
      if (from && (from.x !== home.x || from.y !== home.y)) this.flow(from, home, hexColour(f.colour), ms, 3);
    }
    this.ring(home, colour, ms);
  }

  /**
   * The round's idea diffusion, drawn from the view alone: dots travel along the roads from the
   * tech leader's home to every faction behind it, more of them the wider the gap.
   */
  private ideasFlow(ms: number): void {
    const s = this.scene;
    const view = s.view;
    if (!view || view.factions.length === 0) return;
    const leader = view.factions.reduce((a, b) => (b.tech > a.tech ? b : a));
    const colour = hexColour(leader.colour);
    for (const f of view.factions) {
      const gap = leader.tech - f.tech;
      if (f.seat === leader.seat || gap < 0.05) continue;
      const path = roadBetween(view.regions, leader.home, f.home)
        .map((r) => s.cell(r)?.anchor).filter((p): p is Point => !!p);
      if (path.length >= 2) this.flowAlong(path, colour, ms, Math.min(5, 2 + Math.round(gap)));
    }
  }

  /** Dots travelling along a polyline of region centres. */
  private flowAlong(path: Point[], colour: number, ms: number, dots: number): void {
    const s = this.scene;
    const lengths = path.slice(1).map((p, i) => Math.hypot(p.x - path[i].x, p.y - path[i].y));
    const total = lengths.reduce((a, b) => a + b, 0) || 1;
    const at = (t: number): Point => {
      let d = t * total;
      for (let i = 0; i < lengths.length; i++) {
        if (d <= lengths[i] || i === lengths.length - 1) {
          const u = lengths[i] ? Math.min(1, d / lengths[i]) : 1;
          return { x: path[i].x + (path[i + 1].x - path[i].x) * u, y: path[i].y + (path[i + 1].y - path[i].y) * u };
        }
        d -= lengths[i];
      }
      return path[path.length - 1];
    };
    for (let i = 0; i < dots; i++) {
      const dot = s.add.circle(path[0].x, path[0].y, s.px(4.5), colour, 1).setStrokeStyle(s.px(1.5), 0xffffff, 0.9).setAlpha(0);
      s.fx.add(dot);
      s.tweens.addCounter({
        from: 0, to: 1, duration: ms * 0.75, delay: (i * ms * 0.25) / dots, ease: 'Sine.easeInOut',
        onStart: () => dot.setAlpha(1),
        onUpdate: (tw) => { const p = at(tw.getValue() ?? 0); dot.setPosition(p.x, p.y); },
        onComplete: () => dot.setAlpha(0),
      });
    }
  }

  /** Links of a chain appearing from the movement's home to the region it opens up. */
  private chain(a: Point, b: Point, colour: number, ms: number): void {
    const s = this.scene;
    const n = Math.max(3, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / s.px(16)));
    for (let i = 0; i <= n; i++) {
      const t = i / n;
      const link = s.add.ellipse(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, s.px(12), s.px(7))
        .setStrokeStyle(s.px(2.5), colour, 1).setRotation(Math.atan2(b.y - a.y, b.x - a.x) + (i % 2 ? Math.PI / 2 : 0))
        .setAlpha(0);
      s.fx.add(link);
      s.tweens.add({ targets: link, alpha: 1, duration: ms * 0.15, delay: (ms * 0.4 * i) / n, yoyo: true, hold: ms * 0.35 });
    }
  }

  /** A bow drawn between two homes: a pact, a standard, or a gift of tech or resources. */
  private arc(a: Point, b: Point, colour: number, ms: number): void {
    const s = this.scene;
    const g = s.add.graphics();
    s.fx.add(g);
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const ctrl = { x: mid.x - ((b.y - a.y) / len) * len * 0.25, y: mid.y + ((b.x - a.x) / len) * len * 0.25 };
    const curve = new Phaser.Curves.QuadraticBezier(
      new Phaser.Math.Vector2(a.x, a.y), new Phaser.Math.Vector2(ctrl.x, ctrl.y), new Phaser.Math.Vector2(b.x, b.y));
    const points = curve.getPoints(32);
    s.tweens.addCounter({
      from: 0, to: 1, duration: ms * 0.55, ease: 'Sine.easeOut',
      onUpdate: (tw) => {
        const upto = Math.max(2, Math.round((tw.getValue() ?? 0) * points.length));
        g.clear();
        g.lineStyle(s.px(4), colour, 1);
        g.strokePoints(asVectors(points.slice(0, upto)), false, false);
      },
    });
    s.tweens.add({ targets: g, alpha: 0, delay: ms * 0.6, duration: ms * 0.4 });
  }

  private banner(text: string, ms: number, warn: boolean): void {
    const s = this.scene;
    const layout = s.layout;
    if (!layout || !text) return;
    const width = Math.min(layout.width - s.px(24), s.px(560));
    const t = s.add.text(layout.width / 2, s.px(14), text, {
      fontFamily: THEME.fontFamily, fontSize: `${Math.round(s.px(15))}px`, fontStyle: 'bold', color: THEME.textDark,
      align: 'center', wordWrap: { width: width - s.px(24) },
    }).setOrigin(0.5, 0);
    const h = t.height + s.px(14);
    const bg = s.add.rectangle(layout.width / 2, s.px(7), width, h, warn ? 0xffc2b8 : 0xffe9a8, 0.96).setOrigin(0.5, 0);
    bg.setStrokeStyle(s.px(2), 0x0b1220, 0.8);
    t.setY(s.px(14));
    if (this.currentBanner) { s.tweens.killTweensOf(this.currentBanner); this.currentBanner.destroy(); }
    const c = s.add.container(0, 0, [bg, t]).setAlpha(0);
    this.currentBanner = c;
    s.fx.add(c);
    c.y = -s.px(20);
    s.tweens.add({ targets: c, alpha: 1, y: 0, duration: 220, ease: 'Quad.easeOut' });
    s.tweens.add({ targets: c, alpha: 0, delay: Math.max(ms * 1.6, 1300), duration: 300 });
  }
}

function round1(v: number): string {
  return String(Math.round(v * 10) / 10);
}
