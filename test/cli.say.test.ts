import type { Subscription } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { chat$, liveRoom$ } from '../src/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { killAll, runCli } from './support/cli.js';
import { until } from './support/rawClient.js';

const SESSION = 'cli-session-4d2f8b6a9c1e';
let sim: Simulator | undefined;
let sub: Subscription | undefined;
afterEach(async () => {
  killAll();
  sub?.unsubscribe();
  await sim?.close();
  sim = undefined;
});

describe('tiktok-live-rx say', () => {
  it('sends a comment that comes back into the room from the session\'s account, printing no secret', { timeout: 30_000 }, async () => {
    sim = await startSimulator({ apiKeys: { 'cli-api-key-77': { premium: true } }, sessions: { [SESSION]: { uniqueId: 'cli_viewer' } }, rooms: [{ uniqueId: 'talk_room', traffic: false }] });
    const room = sim.room('talk_room');
    const heard: string[] = [];
    sub = chat$(liveRoom$('talk_room', { ...sim.clientOptions, fetchRoomInfo: false })).subscribe((e) => heard.push(`${e.user.uniqueId}: ${e.comment}`));
    await until(() => room.connections().some((c) => c.enteredRoom), 10_000, 'watching');
    const p = runCli(['say', '@talk_room', 'hello from the shell', '--server', sim.url, '--api-key', 'cli-api-key-77'], { TIKTOK_SESSION_ID: SESSION });
    expect(await p.exit).toBe(0);
    expect(p.err()).toBe(`Sent to room ${room.roomId}.\n`);
    await until(() => heard.length === 1, 10_000, 'the echo');
    expect(heard).toEqual(['cli_viewer: hello from the shell']);

    const refused = runCli(['say', '@talk_room', 'hi', '--server', sim.url, '--api-key', 'cli-api-key-77', '--session-id', 'stale-session-0000111']);
    expect(await refused.exit).toBe(1);
    expect(refused.err()).toMatch(/^tiktok-live-rx: TikTok refused the session/);
    for (const out of [p.out(), p.err(), refused.out(), refused.err()]) {
      expect(out).not.toContain(SESSION);
      expect(out).not.toContain('stale-session-0000111');
      expect(out).not.toContain('cli-api-key-77');
    }
  });

  it('refuses to run without a session or a text (exit 2, before any request)', async () => {
    const noSession = runCli(['say', '@talk_room', 'hi', '--server', 'http://127.0.0.1:9'], { TIKTOK_SESSION_ID: '' });
    expect(await noSession.exit).toBe(2);
    expect(noSession.err()).toMatch(/Sending needs a logged-in session: --session-id or TIKTOK_SESSION_ID/);
    const noText = runCli(['say', '@talk_room'], { TIKTOK_SESSION_ID: SESSION });
    expect(await noText.exit).toBe(2);
    expect(noText.err()).toMatch(/Say what to send/);
  });
});

describe('tiktok-live-rx watch --say', () => {
  it('sends the text once connected, and the comment comes back as a chat line of the watch itself', { timeout: 30_000 }, async () => {
    sim = await startSimulator({ apiKeys: { 'cli-api-key-77': { premium: true } }, sessions: { [SESSION]: { uniqueId: 'cli_viewer' } }, rooms: [{ uniqueId: 'talk_room', traffic: false }] });
    const room = sim.room('talk_room');
    const p = runCli(['watch', '@talk_room', '--say', 'hello from watch', '--server', sim.url, '--api-key', 'cli-api-key-77', '--json', '--events', 'chat'], { TIKTOK_SESSION_ID: SESSION });
    // The echo may come over the socket before sendChat's answer: wait for both.
    await until(() => p.out().includes('hello from watch') && p.err().includes('Said in room'), 15_000, 'the echo in the watch output');
    const chats = p.out().trim().split('\n').map((line) => JSON.parse(line) as { type: string; comment: string; user: { uniqueId: string } });
    expect(chats.map((e) => [e.type, e.user.uniqueId, e.comment])).toEqual([['chat', 'cli_viewer', 'hello from watch']]);
    expect(p.err()).toContain(`Said in room ${room.roomId}.`);
    // Said once, not again on a reconnect.
    room.dropConnection();
    await until(() => (p.err().match(/Reconnected to room/g) ?? []).length === 1, 15_000, 'the reconnect');
    room.end();
    expect(await p.exit).toBe(0);
    expect(p.out().match(/hello from watch/g)).toHaveLength(1);
    expect(`${p.out()}${p.err()}`).not.toContain(SESSION);
  });

  it('a refused comment is a status line, and the watch goes on', { timeout: 30_000 }, async () => {
    sim = await startSimulator({ apiKeys: { 'cli-api-key-77': { premium: true } }, sessions: { [SESSION]: { uniqueId: 'cli_viewer' } }, rooms: [{ uniqueId: 'talk_room', traffic: false }] });
    const p = runCli(['watch', '@talk_room', '--say', 'hi', '--server', sim.url, '--api-key', 'cli-api-key-77', '--session-id', 'stale-session-0000111']);
    await until(() => p.err().includes('--say was not sent'), 15_000, 'the refusal');
    expect(p.err()).toMatch(/^tiktok-live-rx: --say was not sent: TikTok refused the session/m);
    sim.room('talk_room').end();
    expect(await p.exit).toBe(0);
    expect(`${p.out()}${p.err()}`).not.toContain('stale-session-0000111');
  });

  it('refuses --say without a session, without a text, or with several rooms (exit 2, one line, before connecting)', async () => {
    const noSession = runCli(['watch', '@talk_room', '--say', 'hi', '--server', 'http://127.0.0.1:9'], { TIKTOK_SESSION_ID: '' });
    expect(await noSession.exit).toBe(2);
    expect(noSession.err().split('\n')[0]).toBe('tiktok-live-rx: --say needs a logged-in session: --session-id or TIKTOK_SESSION_ID');
    const noText = runCli(['watch', '@talk_room', '--say', ' ', '--server', 'http://127.0.0.1:9'], { TIKTOK_SESSION_ID: SESSION });
    expect(await noText.exit).toBe(2);
    expect(noText.err()).toMatch(/--say needs the text to send/);
    const many = runCli(['watch', '@a', '@b', '--say', 'hi', '--server', 'http://127.0.0.1:9'], { TIKTOK_SESSION_ID: SESSION });
    expect(await many.exit).toBe(2);
    expect(many.err()).toMatch(/--say sends to one room/);
  });
});
