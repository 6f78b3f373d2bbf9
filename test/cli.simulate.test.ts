import { afterEach, describe, expect, it } from 'vitest';
import { killAll, runCli as run } from './support/cli.js';
import { SIGI_REGEX } from './support/rawClient.js';

afterEach(() => killAll());

describe('tiktok-live-rx simulate (the built bin)', () => {
  it('prints its URL and client options, serves the rooms, and stops cleanly on SIGINT', async () => {
    const p = run(['simulate', '--room', 'alice', '--room', '@bob:offline', '--rate', '50', '--seed', '3']);
    const start = Date.now();
    while (!p.out().includes('Press Ctrl-C')) {
      if (Date.now() - start > 10_000) throw new Error(`no startup output: ${p.out()} ${p.err()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(p.out())![1]!;
    const options = JSON.parse(/Client options: (.*)/.exec(p.out())![1]!);
    expect(options).toEqual({ endpoints: { web: url, webcast: url }, signServerUrl: url, signProvider: 'euler' });
    expect(p.out()).toMatch(/@alice\s+room \d+\s+live/);
    expect(p.out()).toMatch(/@bob\s+room \d+\s+offline/);
    const state = JSON.parse(SIGI_REGEX.exec(await (await fetch(`${url}/@bob/live`)).text())![1]!);
    expect(state.LiveRoom.liveRoomUserInfo.user.status).toBe(4);
    p.child.kill('SIGINT');
    expect(await p.exit).toBe(0);
  });

  it('explains wrong arguments and exits 2', async () => {
    const p = run(['simulate', '--rate', 'fast']);
    expect(await p.exit).toBe(2);
    expect(p.err()).toContain('--rate must be a whole number');
    expect(p.err()).toContain('See "tiktok-live-rx simulate --help".');
    const q = run(['frobnicate']);
    expect(await q.exit).toBe(2);
    expect(q.err()).toContain('Unknown command "frobnicate"');
  });

  it('prints help', async () => {
    const p = run(['--help']);
    expect(await p.exit).toBe(0);
    expect(p.out()).toContain('tiktok-live-rx simulate');
  });
});
