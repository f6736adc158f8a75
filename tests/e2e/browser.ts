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
  newPlayer(label: string, width?: number): Promise<Player>;
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
    async newPlayer(label, width = 1280) {
      const dir = mkdtempSync(join(tmpdir(), `bop-e2e-${label}-`));
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width, height: width < 600 ? 780 : 900 },
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
