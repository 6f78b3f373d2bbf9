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
