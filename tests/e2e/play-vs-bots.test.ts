// Must show 1 and 5: a new player opens the landing page, clicks "Play vs bots", plays every
// round of a quick match by ordering real actions through the UI, and reaches the summary with an
// outcome and charts — with no console error on the way. Also checks the phone layout.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanText, orderOneAction, pickRegionOnMap, roundNumber, SCREENSHOTS, startHarness, submitRound, waitForRoundAfter, type Harness } from './browser';

let harness: Harness;
beforeAll(async () => { harness = await startHarness(); console.log(`screenshots: ${SCREENSHOTS}`); });
afterEach(async (ctx) => { if (ctx.task.result?.state === 'fail') await harness.shootAll('failure'); });
afterAll(async () => { await harness?.close(); });

describe('play vs bots', () => {
  it('goes from the landing page through every round to the summary', async () => {
    const player = await harness.newPlayer('solo');
    const { page } = player;
    await page.goto(harness.url);
    await expect(page.title()).resolves.toBe('Balance of Power');
    await page.getByLabel('Your name').fill('Ada');
    await page.locator('#match-length').selectOption('3');
    await player.shot('landing-desktop');
    await page.getByRole('button', { name: 'Play vs bots' }).click();

    await page.locator('#round-line', { hasText: 'Round 1 of 3' }).waitFor({ timeout: 30_000 });
    await page.locator('#my-agenda').waitFor();
    await page.locator('#submit-orders:not([disabled])').waitFor();
    await player.shot('match-round1-desktop', 'viewport');

    // Target by clicking the map: with Expand chosen, a click on another legal region moves the
    // composer's target there (board.setSelectable + onRegionClick).
    await page.locator('.action-button[data-action="expand"]').click();
    await expect(pickRegionOnMap(page, 'mouse')).resolves.toBe(true);
    await page.locator('#compose-add').click();
    await page.locator('#order-queue .queued', { hasText: 'Expand' }).waitFor();

    const ordered: string[] = ['expand'];
    for (let guard = 0; guard < 6 && !(await page.locator('#summary').count()); guard++) {
      const round = await roundNumber(page);
      // Round 1 already holds the Expand picked on the map (a far region can use up the budget).
      if (await page.locator('#order-queue .queued').count() === 0) ordered.push(await orderOneAction(page));
      // The draft reaches the server before submit: the owner-only draftRev echoes it.
      await page.locator('#queue-info', { hasText: 'Draft saved' }).waitFor();
      if (round === 2) await player.shot('match-round2-queue-desktop', 'viewport');
      await submitRound(page);
      await waitForRoundAfter(page, round);
      // The news feed tells the round's events as sentences.
      await expect(page.locator(`#news-feed [data-round="${round}"] li`).count()).resolves.toBeGreaterThan(0);
      await expectCleanText(page);
    }
    expect(ordered.length).toBeGreaterThanOrEqual(2);

    const summary = page.locator('#summary');
    await summary.waitFor();
    await expect(page.locator('#outcome-title').textContent()).resolves.toMatch(/Hegemony|Catastrophe|Flourishing|Stagnation/);
    await expect(page.locator('#outcome-verdict').textContent()).resolves.toMatch(/^(You win!|Nobody wins\.|.+ wins\.)$/);
    await expect(page.locator('#outcome-verdict').textContent()).resolves.not.toMatch(/undefined|null/);
    await expect(page.locator('#ranking li').count()).resolves.toBe(3);
    // Each final impact is explained, and its parts add up to it.
    for (const line of await page.locator('#ranking li').allInnerTexts()) {
      const m = /impact ([\d.]+) \(([\d.]+) earned in play \+ ([\d.]+) fair share \+ ([\d.]+) agenda\)/.exec(line);
      expect(m, line).not.toBeNull();
      const [total, earned, fair, agenda] = m!.slice(1).map(Number);
      expect(Math.abs(earned + fair + agenda - total), line).toBeLessThan(0.2);
    }
    await expect(page.locator('#charts svg.chart').count()).resolves.toBe(4);
    await expectCleanText(page);
    await player.shot('summary-desktop');

    await page.setViewportSize({ width: 360, height: 780 });
    await player.shot('summary-phone');

    // Rematch: the same seats, a fresh world, the summary and the old news gone.
    await page.getByRole('button', { name: 'Rematch' }).click();
    await page.locator('#round-line', { hasText: 'Round 1 of 3' }).waitFor();
    await page.locator('#submit-orders:not([disabled])').waitFor();
    await expect(page.locator('#summary').count()).resolves.toBe(0);
    await expect(page.locator('#news-feed [data-round]').count()).resolves.toBe(0);
    expect(player.errors).toEqual([]);
  }, 180_000);

  it('reads well on a 360 px phone: landing and a six-faction match', async () => {
    const player = await harness.newPlayer('phone', 360);
    const { page } = player;
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Play vs bots' }).waitFor();
    await player.shot('landing-phone');
    // How to play: the engine's own texts in a dialog, closed with its button.
    await page.getByRole('button', { name: 'Read the full rules' }).click();
    await page.getByRole('dialog').getByRole('heading', { name: 'How to play' }).waitFor();
    await expect(page.getByRole('dialog').locator('dt').count()).resolves.toBeGreaterThan(20);
    await player.shot('how-to-play-phone', 'viewport');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    // Nothing may stick out sideways on a phone.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.locator('#match-length').selectOption('3');
    await page.locator('#match-seats').selectOption('6');
    await page.getByRole('button', { name: 'Play vs bots' }).click();
    await page.locator('#submit-orders:not([disabled])').waitFor({ timeout: 30_000 });
    await expect(page.locator('#factions tbody tr').count()).resolves.toBe(6);
    // A phone gets a square board (not 4:3), so six factions' regions keep room for names and pips.
    const board = (await page.locator('#board').boundingBox())!;
    expect(board.height).toBeGreaterThan(board.width * 0.95);
    await player.shot('match-phone', 'viewport');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    expect(player.errors).toEqual([]);
  }, 120_000);
});
