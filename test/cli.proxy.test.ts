import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { killAll, runCli } from './support/cli.js';
import { closedPort } from './support/net.js';
import { startTestProxy, type TestProxy } from './support/proxy.js';

const SECRET = 'cli-pr0xy-pw';
let sim: Simulator | undefined;
let proxy: TestProxy | undefined;
afterEach(async () => {
  killAll();
  await proxy?.close();
  proxy = undefined;
  await sim?.close();
  sim = undefined;
});

describe('tiktok-live-rx watch --proxy', () => {
  it('sends every request and the WebSocket through the proxy, and prints the events', { timeout: 30_000 }, async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'proxied', traffic: { rate: 500, limit: 40, endAfterLimit: true } }] });
    proxy = await startTestProxy({ credentials: `bob:${SECRET}` });
    const p = runCli(['watch', '@proxied', '--server', sim.url, '--proxy', proxy.url(`bob:${SECRET}`), '--json', '--debug']);
    expect(await p.exit).toBe(0);
    const events = p.out().trim().split('\n').map((line) => JSON.parse(line) as { msgId: string });
    expect(events.map((e) => e.msgId)).toEqual(sim.room('proxied').sent().map((m) => m.msgId));
    // The live page, the room info, the sign server and the socket: each in a tunnel of its own, all to the simulator.
    expect(proxy.log.tunnels).toHaveLength(4);
    expect(new Set(proxy.log.tunnels)).toEqual(new Set([new URL(sim.url).host]));
    expect(`${p.out()}${p.err()}`).not.toContain(SECRET);
  });

  it('a proxy that refuses the password, or is not there, ends the watch with one line that names it without the password', { timeout: 30_000 }, async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'proxied', traffic: false }] });
    proxy = await startTestProxy({ credentials: 'bob:right' });
    const refused = runCli(['watch', '@proxied', '--server', sim.url, '--proxy', proxy.url(`bob:${SECRET}`), '--debug']);
    expect(await refused.exit).toBe(1);
    expect(refused.err()).toContain(`tiktok-live-rx: The proxy 127.0.0.1:${proxy.port} refused the tunnel to ${new URL(sim.url).host}: 407 Proxy Authentication Required`);
    expect(`${refused.out()}${refused.err()}`).not.toContain(SECRET);

    const port = await closedPort();
    const absent = runCli(['watch', '@proxied', '--server', sim.url, '--proxy', `http://bob:${SECRET}@127.0.0.1:${port}`]);
    expect(await absent.exit).toBe(1);
    expect(absent.err()).toContain(`tiktok-live-rx: Cannot reach the proxy 127.0.0.1:${port}: connection refused\n`);
    expect(`${absent.out()}${absent.err()}`).not.toContain(SECRET);
  });

  it('refuses a proxy URL it cannot use (exit 2), without echoing it', async () => {
    const bad = runCli(['watch', '@proxied', '--proxy', `socks5://bob:${SECRET}@127.0.0.1:1`]);
    expect(await bad.exit).toBe(2);
    expect(bad.err().split('\n')[0]).toBe('tiktok-live-rx: --proxy: proxy must be an http:// proxy (one that takes CONNECT), got socks5://127.0.0.1:1');
    expect(bad.err()).not.toContain(SECRET);
  });
});
