import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../src/relay/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import type { LiveUser } from '../src/decoders/index.js';
import { cutter } from './support/cutter.js';
import { until } from './support/rawClient.js';

/** Debian's Chromium, installed by .ci/run with apt-get. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-artifacts');
/** Where `ng build` puts examples/angular's page. */
const APP = join(ROOT, 'examples/angular/dist/tiktok-live/browser');

/** Installs and builds examples/angular when its build is missing or stale (scripts/angular-example.mjs; a no-op when fresh). */
function buildApp(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/angular-example.mjs')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scripts/angular-example.mjs failed (exit ${code})`))));
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.ico': 'image/x-icon', '.json': 'application/json' };

/** The built app as a static site: its files, and index.html for any other path (the app's routes). */
async function serveApp(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    const file = path.startsWith(dir + sep) && extname(path) ? path : join(dir, 'index.html');
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const viewer = (name: string, id: string): LiveUser => ({ userId: id, uniqueId: name, nickname: name, profilePictureUrl: '', isModerator: false, isSubscriber: false, followRole: 0, badges: [] });

let site: Awaited<ReturnType<typeof serveApp>>;
let sim: Simulator;
let relay: Relay;
let browser: Browser;

/** A new page that collects uncaught exceptions, console errors and warnings into `problems`. */
async function openPage(problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 640 } });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  return page;
}

/** The page's chat lines, as the msgIds they show, in order. */
const chatIds = (page: Page) => page.locator('app-chat-list li[data-msg-id]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-msg-id')));

describe("README's Angular samples", () => {
  it('are excerpts of examples/angular as it is (which ng build compiles), each naming its file', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### In Angular'), readme.indexOf('\n## ', readme.indexOf('### In Angular')));
    const samples = [...section.matchAll(/`([\w.-]+\.ts)`:\n\n```typescript\n([\s\S]*?)^```/gm)];
    expect(samples.map((m) => m[1])).toEqual(['tiktok-live.service.ts', 'gift-leaderboard.ts']);
    for (const [, file, code] of samples) expect(readFileSync(join(ROOT, 'examples/angular/src/app', file!), 'utf8')).toContain(code);
  });
});

describe('examples/angular, built, in Chromium through the relay', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), as .ci/run does, or set CHROMIUM_PATH`);
    await buildApp();
    site = await serveApp(APP);
    sim = await startSimulator({ rooms: [{ uniqueId: 'ng_stage', traffic: false }, { uniqueId: 'ng_open', traffic: false }] });
    // The page is on another origin than the relay, as an app beside a relay is.
    relay = await startRelay({
      apiKeys: ['k'],
      publicRooms: ['ng_open'],
      corsOrigins: [site.url],
      graceMs: 30_000,
      liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 20 * 60_000);
  afterAll(async () => {
    await browser?.close();
    await relay?.close();
    await sim?.close();
    await site?.close();
  });

  it('shows chat, gifts, the leaderboard and the viewer count, and after a dropped connection every chat once, in order', { timeout: 120_000 }, async () => {
    const res = await fetch(`${relay.url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': 'k' }, body: JSON.stringify({ rooms: ['ng_stage'], maxConnections: 4 }) });
    const { token } = (await res.json()) as { token: string };
    const proxy = await cutter(relay.url);
    const problems: string[] = [];
    const page = await openPage(problems);
    try {
      await page.goto(`${site.url}/?relay=${encodeURIComponent(proxy.url)}&uniqueId=ng_stage&token=${encodeURIComponent(token)}`);
      await page.waitForSelector('.status[data-state="live"]', { timeout: 30_000 });
      expect(await page.locator('h1').innerText()).toBe('@ng_stage');

      const room = sim.room('ng_stage');
      const ann = viewer('ann', '7000000000000000101');
      const bob = viewer('bob', '7000000000000000102');
      const chat = (user: LiveUser, comment: string) => ({ type: 'chat' as const, user, comment, emotes: [], language: 'en' });
      const rose = { type: 'gift', user: ann, giftId: 5655, giftName: 'Rose', diamondCount: 1, giftType: 1, groupId: '9', giftPictureUrl: '', toUser: undefined } as const;
      room.push(chat(ann, 'hello from Angular'), chat(bob, 'hi ann'));
      room.push({ ...rose, repeatCount: 3, repeatEnd: false, combo: true });
      room.push({ ...rose, repeatCount: 7, repeatEnd: true, combo: false });
      room.push({ type: 'roomUserSeq', viewerCount: 4321, totalViewers: 9000, topViewers: [] });

      await page.waitForSelector('app-chat-list li:has-text("hi ann")');
      expect(await page.locator('app-chat-list li').allInnerTexts()).toEqual(['ann hello from Angular', 'bob hi ann']);
      await page.waitForSelector('app-viewer-count .viewers:has-text("4,321")');
      expect(await page.locator('app-gift-feed li').allInnerTexts()).toEqual(['ann sent Rose ×7 (7 💎)']); // the streak in progress is not shown
      expect(await page.locator('app-gift-leaderboard li').allInnerTexts()).toEqual(['#1 ann · 7 💎']);

      // The page's link to the relay drops, three times, while the room goes on.
      const before = proxy.connections();
      for (let i = 0; i < 30; i++) {
        room.push(chat(i % 2 ? ann : bob, `chat ${i}`));
        if (i % 10 === 3) proxy.cut();
        await new Promise((r) => setTimeout(r, 20));
      }
      const sent = room.sent().filter((m) => m.type === 'chat').map((m) => m.msgId);
      expect(sent).toHaveLength(32);
      await page.waitForFunction((n) => document.querySelectorAll('app-chat-list li[data-msg-id]').length >= n, sent.length, { timeout: 30_000 });
      await until(() => proxy.connections() > before, 10_000, 'the page reconnecting');
      expect(await chatIds(page)).toEqual(sent);
      await page.waitForSelector('.status[data-state="live"]');

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'angular.png'), fullPage: true });
      expect(existsSync(join(ARTIFACTS, 'angular.png'))).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await proxy.close();
    }
  });

  it('gets its own token for a public room from another origin, and shows a battle as it goes', { timeout: 60_000 }, async () => {
    const problems: string[] = [];
    const page = await openPage(problems);
    try {
      await page.goto(`${site.url}/?relay=${encodeURIComponent(relay.url)}&uniqueId=ng_open`);
      await page.waitForSelector('.status[data-state="live"]', { timeout: 30_000 });
      const room = sim.room('ng_open');
      const host = { uniqueId: 'ann', userId: '7000000000000000101' };
      const rival = { uniqueId: 'bob', userId: '7000000000000000102' };
      room.push({ type: 'battle', battleId: '42', status: 1, teams: [{ hostUserId: host.userId, host, score: 0 }, { hostUserId: rival.userId, host: rival, score: 0 }] });
      room.push({ type: 'battleArmies', battleId: '42', triggerReason: 1, teams: [{ hostUserId: host.userId, score: 30 }, { hostUserId: rival.userId, score: 10 }] });
      await page.waitForSelector('app-battle-bar .side:has-text("ann 30")');
      expect(await page.locator('app-battle-bar .side').allInnerTexts()).toEqual(['ann 30', 'bob 10']);
      expect(await page.locator('app-battle-bar h2').innerText()).toBe('Battle');
      room.push({ type: 'battle', battleId: '42', status: 2, teams: [{ hostUserId: host.userId, host, score: 30, result: 0 }, { hostUserId: rival.userId, host: rival, score: 10, result: 1 }] });
      await page.waitForSelector('app-battle-bar .result:has-text("ann wins")');
      expect(await page.locator('app-battle-bar h2').innerText()).toBe('Battle over');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
