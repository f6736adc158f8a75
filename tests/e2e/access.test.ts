// Keyboard, touch and contrast: a whole quick match played with the keyboard alone (visible focus
// on every stop, the submit shortcut, the spoken round summary, back to the room lobby and a new
// start), a phone with a touchscreen that
// hosts a room and orders by tapping the map, and every visible text at 4.5:1 contrast or more on
// the landing page, the rules, the lobby, the match and the summary.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  focusIsVisible, lowContrastTexts, pickRegionOnMap, roundNumber, SCREENSHOTS, startHarness, waitForRoundAfter, waitUntilSubmitted, type Harness,
} from './browser';

let harness: Harness;
beforeAll(async () => { harness = await startHarness(); console.log(`screenshots: ${SCREENSHOTS}`); });
afterEach(async (ctx) => { if (ctx.task.result?.state === 'fail') await harness.shootAll('failure'); });
afterAll(async () => { await harness?.close(); });

/**
 * Presses Tab until the focused element matches `target` (a CSS selector, or a button's exact
 * text), failing on any stop without a visible focus ring.
 */
async function tabTo(page: Page, target: string | { text: string }, maxPresses = 80): Promise<number> {
  for (let press = 1; press <= maxPresses; press++) {
    await page.keyboard.press('Tab');
    const focus = await focusIsVisible(page);
    // Past the last control focus leaves the page for a moment before wrapping to the top.
    if (focus.label === '(nothing)') continue;
    expect(focus.visible, `focus on "${focus.label}" after ${press} Tab presses has no visible ring`).toBe(true);
    const reached = await page.evaluate((t) => {
      const el = document.activeElement;
      if (!el) return false;
      return typeof t === 'string' ? el.matches(t) : el.textContent?.trim() === t.text;
    }, target);
    if (reached) return press;
  }
  throw new Error(`${JSON.stringify(target)} never took focus in ${maxPresses} Tab presses`);
}

async function expectReadable(page: Page, screen: string): Promise<void> {
  const low = await lowContrastTexts(page);
  expect(low, `texts under 4.5:1 on the ${screen}`).toEqual([]);
}

describe('keyboard, touch and contrast', () => {
  it('plays a whole match with the keyboard alone, every text readable', async () => {
    const player = await harness.newPlayer('keys');
    const { page } = player;
    await page.goto(harness.url);
    await expectReadable(page, 'landing page');

    await tabTo(page, { text: 'Read the full rules' });
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await expectReadable(page, 'rules dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);

    await page.reload();
    await tabTo(page, '#match-length');
    await page.keyboard.press('ArrowDown'); // the list runs long to short: down reaches Quick
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#match-length').inputValue()).resolves.toBe('3');
    await tabTo(page, { text: 'Play vs bots' });
    await page.keyboard.press('Enter');
    await page.locator('#submit-orders:not([disabled])').waitFor({ timeout: 30_000 });
    await expectReadable(page, 'match');

    // Round 1: an action chosen, composed and queued by keyboard; submitted with the shortcut.
    await tabTo(page, '.action-button:not([disabled])');
    const action = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.action);
    await page.keyboard.press('Enter');
    await page.locator('#composer').waitFor();
    await expectReadable(page, 'match with the action composer open');
    const add = page.locator('#compose-add');
    if (await add.count()) {
      expect(await add.isDisabled(), `the composer for ${action} starts complete`).toBe(false);
      await tabTo(page, '#compose-add', 20);
      await page.keyboard.press('Enter');
    }
    await page.locator('#order-queue .queued').first().waitFor();
    await page.keyboard.press('Control+Enter');
    await waitUntilSubmitted(page, 1);
    await waitForRoundAfter(page, 1);
    // The live region speaks each round's resolution.
    await expect(page.locator('#announcer').textContent()).resolves.toMatch(/Round 1 resolved: \d+ events/);

    // Later rounds: "g" asks the bot for a suggestion, Ctrl+Enter submits it.
    for (let guard = 0; guard < 4 && !(await page.locator('#summary').count()); guard++) {
      const round = await roundNumber(page);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('g');
      // A suggestion fills the queue, or says that saving up is the better move this round.
      await page.locator('#order-queue .queued, #toast:has-text("Suggestion: order nothing")').first().waitFor();
      await page.keyboard.press('Control+Enter');
      await waitForRoundAfter(page, round);
    }
    await page.locator('#summary').waitFor();
    await expectReadable(page, 'summary');
    // Back to the room lobby, and a new match from there, still by keyboard.
    await page.locator('#rematch:not([disabled])').waitFor();
    await tabTo(page, '#back-to-room-lobby', 40);
    await page.keyboard.press('Enter');
    await page.locator('#start-match').waitFor();
    await expectReadable(page, 'room lobby after a match');
    await player.shot('lobby-after-match-desktop');
    await tabTo(page, '#start-match', 60);
    await page.keyboard.press('Enter');
    await page.locator('#round-line', { hasText: 'Round 1 of 3' }).waitFor();
    await page.locator('#submit-orders:not([disabled])').waitFor();
    expect(player.errors).toEqual([]);
  }, 150_000);

  it('hosts a room and orders by tapping on a touchscreen phone', async () => {
    const player = await harness.newPlayer('touch', 360, { touch: true });
    const { page } = player;
    await page.goto(harness.url);
    await page.getByLabel('Your name').fill('Thumb');
    await page.getByRole('button', { name: 'Create private room' }).tap();
    await page.locator('#start-match').waitFor();
    await expectReadable(page, 'lobby');
    await player.shot('lobby-touch-phone');
    await page.locator('#start-match').tap();
    await page.locator('#submit-orders:not([disabled])').waitFor({ timeout: 30_000 });

    // Expand, then tap the map until the composer's region follows the tap.
    await page.locator('.action-button[data-action="expand"]').tap();
    await expect(pickRegionOnMap(page, 'touch'), 'a tap on the map picks the target region').resolves.toBe(true);
    await page.locator('#compose-add').tap();
    await page.locator('#order-queue .queued', { hasText: 'Expand' }).waitFor();
    await page.locator('#submit-orders').tap();
    await waitUntilSubmitted(page, 1);
    await expectReadable(page, 'phone match');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);

    // Sound cues can be switched off, and the page remembers it after a reload.
    const sound = page.locator('#sound-toggle');
    await expect(sound.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(sound.getAttribute('aria-label')).resolves.toBe('Sound');
    await sound.tap();
    await expect(sound.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.reload();
    await page.locator('#my-faction').waitFor();
    await expect(page.locator('#sound-toggle').getAttribute('aria-pressed')).resolves.toBe('false');
    expect(player.errors).toEqual([]);
  }, 90_000);
});
