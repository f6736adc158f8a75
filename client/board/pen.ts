// A small drawing surface over a 2D canvas with the same verbs as Phaser's Graphics (fillStyle,
// lineStyle, fillPoints…), plus text and images. The board's static picture is painted with it
// once per change and shown as one texture, so frames cost a single quad, not hundreds of shapes.
import type { Point } from './geometry';
import { THEME } from './theme';

type Radius = number | { tl: number; tr: number; bl: number; br: number };

const css = (colour: number, alpha: number): string =>
  `rgba(${(colour >> 16) & 0xff},${(colour >> 8) & 0xff},${colour & 0xff},${alpha})`;

export class Pen {
  constructor(readonly ctx: CanvasRenderingContext2D) {
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
  }

  fillStyle(colour: number, alpha = 1): this { this.ctx.fillStyle = css(colour, alpha); return this; }

  lineStyle(width: number, colour: number, alpha = 1): this {
    this.ctx.lineWidth = width;
    this.ctx.strokeStyle = css(colour, alpha);
    return this;
  }

  private path(points: Point[], close: boolean): void {
    const { ctx } = this;
    ctx.beginPath();
    points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
    if (close) ctx.closePath();
  }

  fillPoints(points: Point[], _closeShape = true): this { this.path(points, true); this.ctx.fill(); return this; }

  strokePoints(points: Point[], closeShape = false, _closePath = false): this {
    this.path(points, closeShape);
    this.ctx.stroke();
    return this;
  }

  fillCircle(x: number, y: number, r: number): this {
    this.ctx.beginPath(); this.ctx.arc(x, y, Math.max(0, r), 0, Math.PI * 2); this.ctx.fill(); return this;
  }

  strokeCircle(x: number, y: number, r: number): this {
    this.ctx.beginPath(); this.ctx.arc(x, y, Math.max(0, r), 0, Math.PI * 2); this.ctx.stroke(); return this;
  }

  fillRect(x: number, y: number, w: number, h: number): this { this.ctx.fillRect(x, y, w, h); return this; }

  fillRoundedRect(x: number, y: number, w: number, h: number, radius: Radius): this {
    const r = typeof radius === 'number' ? [radius, radius, radius, radius] : [radius.tl, radius.tr, radius.br, radius.bl];
    this.ctx.beginPath();
    this.ctx.roundRect(x, y, w, h, r);
    this.ctx.fill();
    return this;
  }

  fillTriangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): this {
    return this.fillPoints([{ x: x0, y: y0 }, { x: x1, y: y1 }, { x: x2, y: y2 }]);
  }

  private font(size: number, bold: boolean): string {
    return `${bold ? 'bold ' : ''}${Math.floor(size)}px ${THEME.fontFamily}`;
  }

  measure(text: string, size: number, bold = false): number {
    this.ctx.font = this.font(size, bold);
    return this.ctx.measureText(text).width;
  }

  /** Text with a dark outline so it reads on any tile; `align` is where x sits. */
  text(x: number, y: number, text: string, size: number, colour: string, bold = false, align: CanvasTextAlign = 'center'): number {
    const { ctx } = this;
    ctx.font = this.font(size, bold);
    ctx.textAlign = align;
    ctx.textBaseline = 'middle';
    ctx.lineWidth = Math.max(2, size * 0.22);
    ctx.strokeStyle = '#0b1220';
    ctx.strokeText(text, x, y);
    ctx.fillStyle = colour;
    ctx.fillText(text, x, y);
    return ctx.measureText(text).width;
  }

  image(img: CanvasImageSource, cx: number, cy: number, size: number): this {
    this.ctx.drawImage(img, cx - size / 2, cy - size / 2, size, size);
    return this;
  }
}
