// A player whose connection drops for longer than the server's reconnection window finds a bot in
// their seat while the page stays open: the page says so plainly, shows no order panel, and
// "Take my seat back" re-joins with the seat token so the orders panel returns. A second tab that
// takes the seat leaves the first one saying where the seat went.
// The server here keeps a dropped seat for a fraction of a second, so the client's own
// reconnection attempts all arrive too late — the same path as a laptop asleep for minutes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { Client } from 'colyseus.js';
import { expectCleanText, SCREENSHOTS, startHarness, type Harness } from './browser';

let harness: Harness;
beforeAll(async () => { harness = await startHarness({ reconnectSeconds: 0.2 }); console.log(`screenshots: ${SCREENSHOTS}`); });
afterEach(async (ctx) => { if (ctx.task.result?.state === 'fail') await harness.shootAll('failure'); });
afterAll(async () => { await harness?.close(); });

describe('a bot took my seat while the page stayed open', () => {
  it('says so and takes the seat back', async () => {
    const player = await harness.newPlayer('away', 360);
    const { page } = player;
    await page.goto(harness.url);
    await page.getByLabel('Your name').fill('Wanderer');
    await page.getByRole('button', { name: 'Play vs bots' }).click();
    await page.locator('#submit-orders:not([disabled])').waitFor({ timeout: 30_000 });
    const faction = await page.locator('#my-faction h2').innerText();

    // Cut the connection from the server's end, like a dead network: any close code but 4000
    // ("consented") is a drop that the server holds the seat open for.
    // A watcher keeps the room alive: a room whose last person left is disposed.
    const code = new URL(page.url()).searchParams.get('room')!;
    const watcher = await new Client(harness.url.replace('http', 'ws')).joinById(code, { name: 'Watcher', spectate: true });
    const room = matchMaker.getLocalRoomById(code);
    const mine = room.clients.find((c) => c.sessionId !== watcher.sessionId)!;
    mine.leave(4100);

    const lost = page.locator('#seat-lost');
    await lost.waitFor({ timeout: 30_000 });
    await expect(page.locator('#summary').count()).resolves.toBe(0); // still mid-match
    await expect(lost.locator('h2').innerText()).resolves.toBe('A bot is playing your faction');
    await expect(page.locator('#submit-orders').count()).resolves.toBe(0);
    await expect(page.locator('#my-faction').count()).resolves.toBe(0);
    await expect(page.locator('#seat-lost-badge').innerText()).resolves.toContain('bot');
    await expectCleanText(page);
    await player.shot('seat-lost-phone', 'viewport');

    await page.getByRole('button', { name: 'Take my seat back' }).click();
    await page.locator('#submit-orders').waitFor();
    await expect(page.locator('#my-faction h2').innerText()).resolves.toBe(faction);
    await expect(page.locator('#seat-lost').count()).resolves.toBe(0);
    // The seat is a person's again for everyone: the faction table no longer marks it as a bot.
    await expect(page.locator('#factions tr.me .sub').innerText()).resolves.not.toContain('bot');

    // The same person opens the match in a second tab: the seat token moves the seat there, and
    // this page says where it went (not "the host removed you") and offers it back.
    const tab = await player.context.newPage();
    await tab.goto(`${harness.url}/?room=${code}`);
    await tab.locator('#my-faction h2').waitFor();
    await expect(tab.locator('#my-faction h2').innerText()).resolves.toBe(faction);
    await page.locator('#seat-lost h2', { hasText: 'Your faction is played elsewhere' }).waitFor();
    await expect(page.locator('#submit-orders').count()).resolves.toBe(0);
    await player.shot('seat-elsewhere-phone', 'viewport');
    await watcher.leave();
    expect(player.errors).toEqual([]);
  }, 90_000);
});
