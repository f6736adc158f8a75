// Small inline-SVG charts for the summary: no chart library, just paths scaled to a box.
import { h, svg } from './dom';

const W = 320;
const HGT = 160;
const PAD = { l: 34, r: 8, t: 8, b: 22 };

interface Line { label: string; colour: string; values: number[]; dashed?: boolean }

function frame(title: string, rounds: number[], yMax: number, yFmt: (v: number) => string): SVGSVGElement {
  const root = svg('svg', { viewBox: `0 0 ${W} ${HGT}`, role: 'img', class: 'chart' });
  root.append(svg('title', {}, title));
  const ih = HGT - PAD.t - PAD.b;
  for (const frac of [0, 0.5, 1]) {
    const y = PAD.t + ih * (1 - frac);
    root.append(svg('line', { x1: PAD.l, x2: W - PAD.r, y1: y, y2: y, class: 'grid' }));
    root.append(svg('text', { x: PAD.l - 4, y: y + 4, 'text-anchor': 'end', class: 'axis' }, yFmt(yMax * frac)));
  }
  const n = rounds.length;
  rounds.forEach((r, i) => {
    if (n > 8 && i % Math.ceil(n / 8) !== 0 && i !== n - 1) return;
    root.append(svg('text', { x: xAt(i, n), y: HGT - 6, 'text-anchor': 'middle', class: 'axis' }, String(r)));
  });
  return root;
}

const xAt = (i: number, n: number) => PAD.l + (n <= 1 ? (W - PAD.l - PAD.r) / 2 : (i / (n - 1)) * (W - PAD.l - PAD.r));
const yAt = (v: number, max: number) => PAD.t + (HGT - PAD.t - PAD.b) * (1 - Math.max(0, Math.min(1, v / (max || 1))));

/** Power shares per round (rows) by seat (columns), stacked to 100 %. */
export function stackedArea(title: string, rounds: number[], shares: number[][], colours: string[], names: string[]): HTMLElement {
  const root = frame(title, rounds, 1, (v) => `${Math.round(v * 100)}%`);
  const n = rounds.length;
  const seats = colours.length;
  const base = new Array(n).fill(0);
  for (let s = 0; s < seats; s++) {
    const lower = base.slice();
    const upper = base.map((b, i) => b + (shares[i]?.[s] ?? 0));
    const top = upper.map((v, i) => `${xAt(i, n)},${yAt(v, 1)}`);
    const bottom = lower.map((v, i) => `${xAt(i, n)},${yAt(v, 1)}`).reverse();
    const points = n === 1 ? [`${PAD.l},${yAt(upper[0], 1)}`, `${W - PAD.r},${yAt(upper[0], 1)}`, `${W - PAD.r},${yAt(lower[0], 1)}`, `${PAD.l},${yAt(lower[0], 1)}`]
      : [...top, ...bottom];
    const poly = svg('polygon', { points: points.join(' '), fill: colours[s], stroke: '#0b1220', 'stroke-width': 1 });
    poly.append(svg('title', {}, names[s]));
    root.append(poly);
    for (let i = 0; i < n; i++) base[i] = upper[i];
  }
  return wrap(title, root, names.map((name, s) => ({ label: name, colour: colours[s] })),
    rounds.map((r, i) => [String(r), ...names.map((_, s) => `${Math.round((shares[i]?.[s] ?? 0) * 100)} %`)]), ['Round', ...names]);
}

export function lineChart(title: string, rounds: number[], lines: Line[], yMax: number, yFmt: (v: number) => string = (v) => String(Math.round(v))): HTMLElement {
  const root = frame(title, rounds, yMax, yFmt);
  const n = rounds.length;
  for (const line of lines) {
    const d = line.values.map((v, i) => `${i ? 'L' : 'M'}${xAt(i, n)},${yAt(v, yMax)}`).join(' ');
    root.append(svg('path', { d, fill: 'none', stroke: line.colour, 'stroke-width': 2.5, 'stroke-dasharray': line.dashed ? '6 4' : 'none' }));
    line.values.forEach((v, i) => root.append(svg('circle', { cx: xAt(i, n), cy: yAt(v, yMax), r: 2.5, fill: line.colour })));
  }
  return wrap(title, root, lines.map((l) => ({ label: l.label, colour: l.colour, dashed: l.dashed })),
    rounds.map((r, i) => [String(r), ...lines.map((l) => yFmt(l.values[i] ?? 0))]), ['Round', ...lines.map((l) => l.label)]);
}

function wrap(title: string, chart: SVGSVGElement, legend: { label: string; colour: string; dashed?: boolean }[], rows: string[][], head: string[]): HTMLElement {
  return h('figure', { class: 'chart-box' },
    h('figcaption', {}, title),
    chart,
    h('ul', { class: 'legend' }, legend.map((l) => h('li', {},
      h('span', { class: `swatch${l.dashed ? ' dashed' : ''}`, style: `background:${l.colour}` }), l.label))),
    h('details', {}, h('summary', {}, 'Numbers'),
      h('table', { class: 'chart-table' },
        h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))))),
  );
}
