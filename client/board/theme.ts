// Colours and type for the board, in one place so the canvas matches the HTML around it.

export const THEME = {
  background: 0x101826,
  sea: 0x14213a,
  seaLine: 0x1d2f50,
  island: 0x1b2a44,
  cell: 0x2a3a57,
  cellEdge: 0x4a6088,
  link: 0x8fa6cc,
  text: '#eef3fb',
  textDim: '#b9c6dc',
  textDark: '#0c1322',
  selectable: 0xffe066,
  hover: 0xffffff,
  hostile: 0xff5a5f,
  police: 0x7fb2ff,
  growth: 0xbff7c4,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
} as const;

/** '#rrggbb' → 0xrrggbb; anything unreadable becomes a neutral grey. */
export function hexColour(css: string | undefined): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(css ?? '');
  return m ? parseInt(m[1], 16) : 0x999999;
}

/** Mix two 0xrrggbb colours; t = 0 gives a, 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, s: number) => (c >> s) & 0xff;
  const lerp = (s: number) => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t) << s;
  return lerp(16) | lerp(8) | lerp(0);
}

/** Relative luminance, to pick dark or light text on a faction colour. */
export function isLight(colour: number): boolean {
  const lin = (c: number) => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const l = 0.2126 * lin((colour >> 16) & 0xff) + 0.7152 * lin((colour >> 8) & 0xff) + 0.0722 * lin(colour & 0xff);
  return l > 0.3;
}
