// Must show 2, 3, 4 and 5: a host creates a private room, a second browser opens the invite link
// and takes a seat, a third watches from the public list; the host starts; both players submit a
// round and see the same resolution; the watcher never sees an agenda; a reload mid-match puts
// the second player back in the same seat with the same faction panel; no console errors.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanText, orderOneAction, SCREENSHOTS, startHarness, submitRound, waitForRoundAfter, type Harness } from './browser';

let harness: Harness;
beforeAll(async () => { harness = await startHarness(); console.log(`screenshots: ${SCREENSHOTS}`); });
afterEach(async (ctx) => { if (ctx.task.result?.state === 'fail') await harness.shootAll('failure'); });
afterAll(async () => { await harness?.close(); });

const publicNews = (page: Page, round: number) =>
  page.locator(`#news-feed [data-round="${round}"] li:not(.private)`).allTextContents();

describe('a private room with an invite link, a spectator and a reload', () => {
  it('plays a shared round and keeps secrets and seats', async () => {
    const host = await harness.newPlayer('host');
    await host.page.goto(harness.url);
    await host.page.getByLabel('Your name').fill('Hostess');
    await host.page.locator('#match-length').selectOption('3');
    await host.page.getByRole('button', { name: 'Create private room' }).click();
    const code = (await host.page.locator('#room-code-display').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    const invite = await host.page.locator('#invite-link').inputValue();
    expect(invite).toBe(`${harness.url}/?room=${code}`);
    // List the room publicly so the watcher can find it on the landing page.
    await host.page.locator('#room-public').check();

    const guest = await harness.newPlayer('guest', 360);
    await guest.page.goto(harness.url);
    await guest.page.getByLabel('Your name').fill('Guest');
    await guest.page.goto(invite);
    await guest.page.locator('.seat.me').waitFor();
    await host.page.locator('.seat', { hasText: 'Guest' }).waitFor();
    await host.shot('lobby-host-desktop');
    await expectCleanText(host.page);
    await guest.shot('lobby-guest-phone');

    const watcher = await harness.newPlayer('watcher');
    await watcher.page.goto(harness.url);
    const row = watcher.page.locator(`.room-row[data-code="${code}"]`);
    await row.waitFor({ timeout: 15_000 });
    await row.getByRole('button', { name: /Watch/ }).click();
    await watcher.page.getByText('Spectating').first().waitFor();

    await host.page.locator('#start-match').click();
    for (const p of [host, guest, watcher]) await p.page.locator('#round-line', { hasText: 'Round 1 of 3' }).waitFor({ timeout: 20_000 });
    await host.page.locator('#submit-orders:not([disabled])').waitFor();
    await guest.page.locator('#submit-orders:not([disabled])').waitFor();

    // Each player sees their own agenda; the watcher sees none of them and no order panel.
    // The agenda's sentence (not its short label, which a place or person could share).
    const agendaText = async (p: Page) => /— (.*) \(\+\d+ impact\)/.exec(await p.locator('#my-agenda p').innerText())?.[1] ?? '';
    const hostAgenda = await agendaText(host.page);
    const guestAgenda = await agendaText(guest.page);
    expect(hostAgenda.length).toBeGreaterThan(10);
    expect(guestAgenda.length).toBeGreaterThan(10);
    // An agenda exposed by a Movement's `expose` is public by the rules; any other must stay hidden.
    const exposed = async (p: Page) => (await p.locator('#my-agenda .badge', { hasText: 'exposed' }).count()) > 0;
    const assertNoAgendas = async () => {
      await expect(watcher.page.locator('#my-agenda').count()).resolves.toBe(0);
      await expect(watcher.page.locator('#submit-orders').count()).resolves.toBe(0);
      await expect(watcher.page.locator('.agenda-public:not(.exposed)').count()).resolves.toBe(0);
      const text = await watcher.page.locator('body').innerText();
      if (!await exposed(host.page)) expect(text).not.toContain(hostAgenda);
      if (!await exposed(guest.page)) expect(text).not.toContain(guestAgenda);
    };
    await assertNoAgendas();
    await watcher.page.locator('#spectator-badge').waitFor();
    await watcher.shot('match-spectator-desktop', 'viewport');

    // Both submit round 1 through the UI: the host orders a real action and offers the guest a
    // pact (picked in the composer's target list), the guest orders a real action.
    await orderOneAction(host.page);
    const guestSeat = (await guest.page.locator('#factions tr.me').getAttribute('data-seat'))!;
    await host.page.locator('.action-button[data-action="pact"]:not([disabled])').click();
    await host.page.locator('#compose-target').selectOption(guestSeat);
    await host.page.locator('#compose-add').click();
    await host.page.locator('#order-queue .queued', { hasText: /pact/i }).waitFor();
    await orderOneAction(guest.page, ['expand', 'organize', 'research', 'defend']);
    await guest.shot('match-round1-guest-phone');
    await submitRound(host.page);
    await submitRound(guest.page);
    for (const p of [host, guest, watcher]) await waitForRoundAfter(p.page, 1);

    // The same resolution for everyone: the same public news and the same world tracks.
    const hostNews = await publicNews(host.page, 1);
    expect(hostNews.length).toBeGreaterThan(0);
    await expect(publicNews(guest.page, 1)).resolves.toEqual(hostNews);
    await expect(publicNews(watcher.page, 1)).resolves.toEqual(hostNews);
    const tracks = await host.page.locator('#tracks').innerText();
    await expect(guest.page.locator('#tracks').innerText()).resolves.toBe(tracks);
    await host.shot('match-round2-host-desktop', 'viewport');

    // The offer reached the other party, with the answer buttons; the offering side sees it open.
    const offer = guest.page.locator('#offers .offer', { hasText: 'Hostess offers you a pact' });
    await offer.waitFor();
    await expect(offer.getByRole('button', { name: 'Accept' }).isEnabled()).resolves.toBe(true);
    await expect(offer.getByRole('button', { name: 'Decline' }).isEnabled()).resolves.toBe(true);
    await host.page.locator('#offers', { hasText: 'Your pact offer to Guest is open.' }).waitFor();
    for (const p of [host, guest, watcher]) await expectCleanText(p.page);
    await assertNoAgendas();

    // Reload mid-match: the guest is back in the same seat with the same faction panel.
    const panelBefore = await guest.page.locator('#my-faction').innerText();
    const seatBefore = await guest.page.locator('#my-faction h2').innerText();
    await guest.page.reload();
    await guest.page.locator('#my-faction h2').waitFor();
    await expect(guest.page.locator('#my-faction h2').innerText()).resolves.toBe(seatBefore);
    await expect(guest.page.locator('#my-faction').innerText()).resolves.toBe(panelBefore);
    await expect(guest.page.locator('#spectator-badge').count()).resolves.toBe(0);
    await guest.page.locator('#submit-orders:not([disabled])').waitFor();
    await guest.shot('match-after-reload-phone');

    // A new tab has no reconnection token (sessionStorage is per tab): the seat token kept in
    // localStorage takes the same seat back.
    const tab = await guest.context.newPage();
    await guest.page.close();
    guest.page = tab;
    await tab.goto(`${harness.url}/?room=${code}`);
    await tab.locator('#my-faction h2').waitFor();
    await expect(tab.locator('#my-faction h2').innerText()).resolves.toBe(seatBefore);
    await expect(tab.locator('#spectator-badge').count()).resolves.toBe(0);

    // Suggest fills the queue with what a bot would order from this seat's own view.
    await tab.locator('#suggest-orders:not([disabled])').click();
    await tab.locator('#order-queue .queued').first().waitFor();
    await tab.locator('#queue-info', { hasText: 'Draft saved' }).waitFor();

    // Accepting the offer forms the pact when round 2 resolves, in everyone's World panel.
    await tab.locator('#clear-orders').click();
    await tab.locator('#offers .offer', { hasText: 'Hostess offers you a pact' }).getByRole('button', { name: 'Accept' }).click();
    await tab.locator('#offers', { hasText: "You accept Hostess's offer of a pact" }).waitFor();
    await tab.screenshot({ path: `${SCREENSHOTS}/match-offer-accepted-phone.png` });
    await submitRound(tab);
    await submitRound(host.page);
    for (const p of [host.page, tab, watcher.page]) {
      await waitForRoundAfter(p, 2);
      await p.locator('#world li', { hasText: /Pact: (Hostess and Guest|Guest and Hostess)/ }).waitFor();
    }
    await tab.locator('#offers', { hasText: 'In a pact with Hostess' }).waitFor();

    expect([...host.errors, ...guest.errors, ...watcher.errors]).toEqual([]);
  }, 180_000);

  it('shows a clear message for a dead room code', async () => {
    const p = await harness.newPlayer('lost');
    await p.page.goto(`${harness.url}/?room=ZZZZZZ`);
    await p.page.locator('#toast', { hasText: /No open room with code ZZZZZZ/ }).waitFor();
    await p.page.getByRole('button', { name: 'Play vs bots' }).waitFor();
    await p.shot('dead-room-code');
    expect(p.errors).toEqual([]);
  }, 60_000);
});
