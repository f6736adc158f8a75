// Shared harness for the browser tests: a real game server on a free loopback port serving the
// built client from dist/, headless Chromium contexts, console-error capture and screenshots.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../server/startServer';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve('test-results/screenshots');

export interface Harness {
  url: string;
  /** Screenshots of every open page, named failure-<label>, for a test that failed. */
  shootAll(prefix: string): Promise<void>;
  newPlayer(label: string, width?: number, device?: { touch?: boolean }): Promise<Player>;
  close(): Promise<void>;
}

export interface Player {
  label: string;
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen on every page of this context. */
  errors: string[];
  /** Full page by default; `viewport` for screens with a sticky top bar or a WebGL canvas. */
  shot(name: string, area?: 'full' | 'viewport'): Promise<string>;
}

/** Server timing overrides for one suite (e.g. a short reconnection window). */
export interface HarnessOptions { reconnectSeconds?: number }

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is required for the browser tests but was not found at ${CHROMIUM} (set CHROMIUM_PATH).`);
  }
  if (!existsSync(resolve('dist/index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the browser tests.');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A shorter resolution pause keeps the suite quick; the board's animation is cut short, not skipped.
  const server = await startServer({ port: 0, host: '127.0.0.1', serveClient: true, logger: () => {}, timing: { resolvingMs: 2000, ...options } });
  const url = `http://127.0.0.1:${server.port}`;
  const contexts: { context: BrowserContext; dir: string; label: string }[] = [];

  return {
    url,
    async newPlayer(label, width = 1280, device = {}) {
      const dir = mkdtempSync(join(tmpdir(), `bop-e2e-${label}-`));
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width, height: width < 600 ? 780 : 900 },
        // A touch device: taps instead of clicks, no hover, a phone's user agent hints.
        ...(device.touch ? { hasTouch: true, isMobile: true } : {}),
        args: ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'],
      });
      contexts.push({ context, dir, label });
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`[${label}] console: ${msg.text()}`); });
        page.on('pageerror', (err) => errors.push(`[${label}] page error: ${err.message}\n${err.stack ?? ''}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      context.setDefaultTimeout(20_000);
      const page = context.pages()[0] ?? await context.newPage();
      const player: Player = {
        label, page, context, errors,
        async shot(name, area = 'full') {
          const file = join(SCREENSHOTS, `${name}.png`);
          // A match screen is shot once its board has drawn (Phaser loads after the page).
          if (await player.page.locator('#board').count()) {
            await player.page.locator('#board .bop-board[data-drawn="true"], #board .board-placeholder').first().waitFor({ timeout: 15_000 });
          }
          // A scrolled WebGL canvas comes out blank in headless captures: shoot from the top.
          if (area === 'viewport') await player.page.evaluate(() => window.scrollTo(0, 0));
          await player.page.screenshot({ path: file, fullPage: area === 'full' });
          return file;
        },
      };
      return player;
    },
    async shootAll(prefix) {
      for (const { context, label } of contexts) {
        const page = context.pages()[0];
        if (page) await page.screenshot({ path: join(SCREENSHOTS, `${prefix}-${label}.png`), fullPage: true }).catch(() => {});
      }
    },
    async close() {
      for (const { context, dir } of contexts) {
        await context.close().catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      }
      await server.close();
    },
  };
}

/** Orders one real action through the UI: the first legal action whose composer can be completed. */
export async function orderOneAction(page: Page, preferred: string[] = ['research', 'expand', 'organize', 'defend']): Promise<string> {
  for (const type of preferred) {
    const button = page.locator(`.action-button[data-action="${type}"]:not([disabled])`);
    if (await button.count() === 0) continue;
    await button.first().click();
    const add = page.locator('#compose-add');
    if (await add.count()) {
      if (await add.isDisabled()) { await page.getByRole('button', { name: 'Cancel' }).click(); continue; }
      await add.click();
    }
    await page.locator('#order-queue .queued').first().waitFor();
    return type;
  }
  throw new Error('No action could be ordered through the UI.');
}

/** Submits the queue and waits until the server took it (submitted, or the round already moved on). */
export async function submitRound(page: Page): Promise<void> {
  const round = await roundNumber(page);
  await page.locator('#submit-orders:not([disabled])').click();
  await waitUntilSubmitted(page, round);
}

/** Waits until the server took this round's orders: submitted, resolving, or already past `round`. */
export async function waitUntilSubmitted(page: Page, round: number): Promise<void> {
  await page.waitForFunction((r) => {
    const line = document.getElementById('round-line')?.textContent ?? '';
    const now = Number(/Round (\d+)/.exec(line)?.[1] ?? 0);
    return now !== r || /Submitted|Resolving/.test(document.getElementById('queue-info')?.textContent ?? '')
      || !!document.getElementById('summary');
  }, round);
}

/** Waits until the match moved past `round` (next round's orders, or the summary). */
export async function waitForRoundAfter(page: Page, round: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction((r) => {
    if (document.getElementById('summary')) return true;
    const line = document.getElementById('round-line')?.textContent ?? '';
    const submit = document.getElementById('submit-orders') as HTMLButtonElement | null;
    // Players wait until they can order again; spectators have no order panel.
    return Number(/Round (\d+)/.exec(line)?.[1] ?? 0) > r && (!submit || !submit.disabled);
  }, round, { timeout });
}

export async function roundNumber(page: Page): Promise<number> {
  const text = await page.locator('#round-line').textContent();
  return Number(/Round (\d+)/.exec(text ?? '')?.[1] ?? 0);
}

/** No placeholder leaks into what people read: a missing field shows as a word, never "undefined". */
export async function expectCleanText(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  const leak = /\b(undefined|NaN|null|\[object Object\])\b/.exec(text);
  if (leak) throw new Error(`page text shows "${leak[0]}" near: ${text.slice(Math.max(0, leak.index - 80), leak.index + 40)}`);
}

export interface LowContrast { text: string; ratio: number; colour: string; background: string }

/**
 * Every visible piece of text on the page whose contrast with what is behind it falls below
 * `min` (WCAG's formula). The background is the element's own and its ancestors' background
 * colours laid over one another; opacity on the way fades the text towards that background.
 */
export async function lowContrastTexts(page: Page, min = 4.5): Promise<LowContrast[]> {
  return inPage(page, (min: number) => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return [0, 0, 0, 0];
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
    };
    const channel = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    const luminance = (c: Rgba) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
    const ratio = (a: Rgba, b: Rgba) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const css = (c: Rgba) => `rgb(${c.slice(0, 3).map((v) => Math.round(v)).join(',')})`;

    const backgroundOf = (el: Element): { colour: Rgba; opacity: number } => {
      const layers: Rgba[] = [];
      let opacity = 1;
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        opacity *= Number(style.opacity);
        const bg = parse(style.backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let colour: Rgba = [255, 255, 255, 1];
      for (let i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour);
      return { colour, opacity };
    };

    const found: { text: string; ratio: number; colour: string; background: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim()) continue;
      seen.add(el);
      if (el.closest('option, script, style, .sr-only')) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width * rect.height < 4 || style.visibility !== 'visible' || el.getClientRects().length === 0) continue;
      const { colour: bg, opacity } = backgroundOf(el);
      const fg = over(parse(style.color), bg);
      const seenColour = over([fg[0], fg[1], fg[2], opacity], bg);
      const r = ratio(seenColour, bg);
      if (r < min) found.push({ text: node.textContent.trim().slice(0, 60), ratio: Math.round(r * 100) / 100, colour: css(seenColour), background: css(bg) });
    }
    return found;
  }, min);
}

/**
 * Runs `fn(arg)` in the page. tsx compiles with names kept, which wraps inner functions in a
 * `__name` helper the page lacks; the page gets a stand-in first.
 */
async function inPage<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<R> {
  return page.evaluate(`(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`) as Promise<R>;
}

/** The focused element shows a visible focus ring (outline or box-shadow). */
export async function focusIsVisible(page: Page): Promise<{ label: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { label: '(nothing)', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    return { label: (el.getAttribute('aria-label') ?? el.textContent ?? el.id).trim().slice(0, 40), visible: outline || shadow };
  });
}

/**
 * With a region-targeting action being composed, clicks (or taps) across the map until the
 * composer's region follows: true once a point on the board picked a different legal region.
 */
export async function pickRegionOnMap(page: Page, by: 'mouse' | 'touch'): Promise<boolean> {
  const regionSelect = page.locator('#compose-region');
  const firstChoice = await regionSelect.inputValue();
  const canvas = page.locator('#board canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  for (const fy of [0.15, 0.35, 0.5, 0.65, 0.85]) {
    for (const fx of [0.15, 0.35, 0.5, 0.65, 0.85]) {
      const x = box.x + fx * box.width;
      const y = box.y + fy * box.height;
      if (by === 'touch') await page.touchscreen.tap(x, y); else await page.mouse.click(x, y);
      if ((await regionSelect.inputValue()) !== firstChoice) return true;
    }
  }
  return false;
}
