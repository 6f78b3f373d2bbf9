import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { killAll, runCli } from './support/cli.js';
import { until } from './support/rawClient.js';

let sim: Simulator | undefined;
afterEach(async () => {
  killAll();
  await sim?.close();
  sim = undefined;
});

describe('tiktok-live-rx watch with several rooms', () => {
  it('prints every room in one stream, each line prefixed with its room, until none is left', { timeout: 30_000 }, async () => {
    sim = await startSimulator({
      rooms: [
        { uniqueId: 'alpha', traffic: false },
        { uniqueId: 'bravo', traffic: false },
        { uniqueId: 'ghost', traffic: false, status: 'offline' },
      ],
    });
    const p = runCli(['watch', '@alpha', 'bravo', '@ghost', '--server', sim.url, '--api-key', 'k']);
    await until(() => /@alpha: Connected/.test(p.err()) && /@bravo: Connected/.test(p.err()), 15_000, 'both rooms connected');
    sim.room('alpha').push({ type: 'chat', comment: 'hello from alpha', user: { uniqueId: 'ann' } });
    sim.room('bravo').push({ type: 'chat', comment: 'hello from bravo', user: { uniqueId: 'ben' } });
    await until(() => p.out().includes('hello from alpha') && p.out().includes('hello from bravo'), 15_000, 'the chats');
    sim.room('alpha').end();
    sim.room('bravo').end();
    expect(await p.exit).toBe(1);
    const lines = p.out().trim().split('\n');
    expect(lines.find((l) => l.includes('hello from alpha'))).toMatch(/^\[@alpha\] /);
    expect(lines.find((l) => l.includes('hello from bravo'))).toMatch(/^\[@bravo\] /);
    expect(p.err()).toMatch(/^Connecting to @alpha, @bravo, @ghost…$/m);
    expect(p.err()).toMatch(/^@ghost: .*not live/im);
    expect(p.err()).toMatch(/^@alpha: the LIVE ended$/m);
    expect(p.err()).toMatch(/^@bravo: the LIVE ended$/m);
  });

  it('refuses --room-id with several rooms', async () => {
    const p = runCli(['watch', '@a', '@b', '--room-id', '123']);
    expect(await p.exit).toBe(2);
    expect(p.err()).toMatch(/--room-id names one room/);
  });
});
