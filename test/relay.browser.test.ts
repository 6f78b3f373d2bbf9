import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../src/relay/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import type { LiveUser } from '../src/decoders/index.js';

/** Debian's Chromium, installed by .ci/run with apt-get. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

let sim: Simulator;
let relay: Relay;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), as .ci/run does, or set CHROMIUM_PATH`);
  sim = await startSimulator({ rooms: [{ uniqueId: 'obs_stage', traffic: false }] });
  relay = await startRelay({ apiKeys: ['k'], liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false } });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await relay?.close();
  await sim?.close();
});

const viewer = (name: string, id: string): LiveUser => ({ userId: id, uniqueId: name, nickname: name, profilePictureUrl: '', isModerator: false, isSubscriber: false, followRole: 0, badges: [] });

describe('the OBS overlay page, in a real browser', () => {
  it('shows a chat line, a finished gift, a leaderboard entry and the viewer count', { timeout: 60_000 }, async () => {
    const res = await fetch(`${relay.url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': 'k' }, body: JSON.stringify({ rooms: ['obs_stage'] }) });
    const { token } = (await res.json()) as { token: string };
    const page = await browser.newPage({ viewport: { width: 900, height: 520 } });
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${relay.url}/overlay?uniqueId=obs_stage&idleMs=400&token=${encodeURIComponent(token)}`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'live: @obs_stage', undefined, { timeout: 15_000 });

    const room = sim.room('obs_stage');
    const ann = viewer('ann', '7000000000000000101');
    room.push({ type: 'chat', user: ann, comment: 'hello from the browser test', emotes: [], language: 'en' });
    room.push({ type: 'gift', user: ann, giftId: 5655, giftName: 'Rose', diamondCount: 1, giftType: 1, repeatCount: 3, repeatEnd: false, combo: true, groupId: '9', giftPictureUrl: '', toUser: undefined });
    room.push({ type: 'gift', user: ann, giftId: 5655, giftName: 'Rose', diamondCount: 1, giftType: 1, repeatCount: 7, repeatEnd: true, combo: false, groupId: '9', giftPictureUrl: '', toUser: undefined });
    room.push({ type: 'roomUserSeq', viewerCount: 4321, totalViewers: 9000, topViewers: [] });

    await page.waitForSelector('#chat li:has-text("hello from the browser test")');
    const gifts = await page.locator('#gifts li').allTextContents();
    expect(gifts).toEqual(['ann sent Rose ×7 (7 💎)']); // the streak in progress is not shown or counted
    expect(await page.locator('#board li').first().innerText()).toMatch(/1\s+ann\s+7 💎/);
    expect(await page.locator('#viewers').innerText()).toBe('4,321');
    // A streak whose last frame never comes is flushed after idleMs (comboEnd), and counted once.
    room.push({ type: 'gift', user: ann, giftId: 5655, giftName: 'Rose', diamondCount: 1, giftType: 1, repeatCount: 2, repeatEnd: false, combo: true, groupId: '10', giftPictureUrl: '', toUser: undefined });
    await page.waitForSelector('#gifts li:has-text("×2")');
    expect(await page.locator('#gifts li').allTextContents()).toEqual(['ann sent Rose ×2 (2 💎)', 'ann sent Rose ×7 (7 💎)']);
    expect(await page.locator('#board li').first().innerText()).toMatch(/1\s+ann\s+9 💎/);
    // The script is the library's bundle, not inline code.
    expect(await page.locator('script[src="/overlay.js"]').count()).toBe(1);
    expect(problems).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}overlay.png` });
    expect(existsSync(`${ARTIFACTS}overlay.png`)).toBe(true);
    await page.close();
  });
});
