// How a faction looks on the page: its colour and shape (never colour alone), its kind's emblem.
import type { Kind, MatchView } from '../../shared/types';

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. The engine
// assigns the real colour per faction; this is the fallback before a match exists.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9']; // = shared/setup.ts FACTION_COLOURS
const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'hexagon', 'star'];

export const KIND_LABEL: Record<Kind, string> = { state: 'State', corporation: 'Corporation', movement: 'Movement' };

export function factionColour(seat: number, view?: MatchView | null): string {
  return view?.factions[seat]?.colour ?? PALETTE[seat % PALETTE.length];
}

export function factionShape(seat: number, view?: MatchView | null): string {
  return view?.factions[seat]?.shape ?? SHAPES[seat % SHAPES.length];
}

const SHAPE_PATHS: Record<string, string> = {
  circle: 'M10 2a8 8 0 1 0 0.001 0z',
  square: 'M3 3h14v14H3z',
  triangle: 'M10 2l8 15H2z',
  diamond: 'M10 1l9 9-9 9-9-9z',
  hexagon: 'M5.5 2.5h9L19 10l-4.5 7.5h-9L1 10z',
  star: 'M10 1l2.6 6 6.4.5-4.9 4.2 1.5 6.3L10 14.6 4.4 18l1.5-6.3L1 7.5 7.4 7z',
};

/** A small inline SVG marker: the faction's shape filled with its colour, outlined for contrast. */
export function factionMarker(seat: number, view?: MatchView | null, size = 18): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const s = document.createElementNS(ns, 'svg');
  s.setAttribute('viewBox', '0 0 20 20');
  s.setAttribute('width', String(size));
  s.setAttribute('height', String(size));
  s.setAttribute('aria-hidden', 'true');
  s.classList.add('marker');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', SHAPE_PATHS[factionShape(seat, view)] ?? SHAPE_PATHS.circle);
  p.setAttribute('fill', factionColour(seat, view));
  p.setAttribute('stroke', '#0b1220');
  p.setAttribute('stroke-width', '1.5');
  s.append(p);
  return s;
}

/** The kind's emblem in the text colour (the SVG as a mask, like the action icons). */
export function emblem(kind: Kind, size = 28): HTMLSpanElement {
  const mark = document.createElement('span');
  mark.className = 'icon emblem';
  mark.setAttribute('aria-hidden', 'true');
  mark.style.setProperty('--icon', `url("/emblems/${kind}.svg")`);
  mark.style.width = `${size}px`;
  mark.style.height = `${size}px`;
  return mark;
}
