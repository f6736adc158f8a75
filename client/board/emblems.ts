/// <reference types="vite/client" />
// The faction emblems are the SVGs in assets/emblems (served at /emblems/). They are drawn with
// currentColor; the board wants them white on a faction-coloured badge, so each file is fetched,
// recoloured and rasterised once at a size that stays crisp on high-density screens.
// (A light badge colour gets the dark version.)
import type { Kind } from '../../shared/types';

export const EMBLEM_KINDS: readonly Kind[] = ['state', 'corporation', 'movement'];
const RASTER = 128;


function assetUrl(path: string): string {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** An emblem in white (for dark badges) and near-black (for light ones). */
export interface EmblemImages { light: HTMLImageElement; dark: HTMLImageElement }

async function rasterise(svg: string, colour: string): Promise<HTMLImageElement> {
  const sized = svg
    .replace(/currentColor/g, colour)
    .replace(/<svg\b([^>]*)>/, (_m, attrs: string) =>
      `<svg${attrs.replace(/\s(width|height)="[^"]*"/g, '')} width="${RASTER}" height="${RASTER}">`);
  const img = new Image(RASTER, RASTER);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
  await img.decode();
  return img;
}

async function loadEmblem(kind: Kind): Promise<EmblemImages | null> {
  try {
    const res = await fetch(assetUrl(`emblems/${kind}.svg`));
    if (!res.ok) return null;
    const svg = await res.text();
    const [light, dark] = await Promise.all([rasterise(svg, '#ffffff'), rasterise(svg, '#111111')]);
    return { light, dark };
  } catch {
    // A missing emblem only costs decoration: the home badge still shows the faction's shape.
    return null;
  }
}

/** Every emblem that could be loaded, by kind. */
export async function loadEmblems(): Promise<Map<Kind, EmblemImages>> {
  const loaded = await Promise.all(EMBLEM_KINDS.map(async (k) => [k, await loadEmblem(k)] as const));
  const out = new Map<Kind, EmblemImages>();
  for (const [k, img] of loaded) if (img) out.set(k, img);
  return out;
}
