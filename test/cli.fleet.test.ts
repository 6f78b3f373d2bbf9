import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fleetStatus, withRedis } from '../src/fleet/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { killAll, runCli } from './support/cli.js';
import { until } from './support/rawClient.js';
import { startRedisServer, type RedisServer } from './support/redisServer.js';

const PASSWORD = 'cli-fleet-secret';
let redis: RedisServer;
let sim: Simulator | undefined;
beforeAll(async () => {
  redis = await startRedisServer({ password: PASSWORD });
});
afterAll(async () => {
  await redis?.close();
});
afterEach(async () => {
  killAll();
  await sim?.close();
  sim = undefined;
  await withRedis(redis.url, (conn) => conn.send(['FLUSHALL']));
});

async function run(args: string[], env: Record<string, string> = {}) {
  const cli = runCli(args, env);
  const code = await cli.exit;
  return { code, out: cli.out(), err: cli.err() };
}

describe('tiktok-live-rx fleet and worker', () => {
  it('explains itself: help for both, and wrong arguments exit 2 pointing at it', async () => {
    const fleetHelp = await run(['fleet', '--help']);
    expect(fleetHelp.code).toBe(0);
    expect(fleetHelp.out).toContain('tiktok-live-rx fleet add @a @b');
    expect(fleetHelp.out).toContain('REDIS_URL');
    const workerHelp = await run(['help', 'worker']);
    expect(workerHelp.code).toBe(0);
    expect(workerHelp.out).toContain('--capacity N');
    expect(workerHelp.out).toContain('SIGTERM');
    expect((await run(['--help'])).out).toContain('tiktok-live-rx worker --redis URL --capacity N');
    const noRedis = await run(['worker', '--capacity', '2'], { REDIS_URL: '' });
    expect(noRedis).toMatchObject({ code: 2 });
    expect(noRedis.err).toContain('Say where Redis is: --redis redis://host:6379 (or set REDIS_URL)');
    expect(noRedis.err).toContain('See "tiktok-live-rx worker --help".');
    const noCapacity = await run(['worker', '--redis', redis.url]);
    expect(noCapacity.code).toBe(2);
    expect(noCapacity.err).toContain('--capacity N');
    expect((await run(['fleet', 'launch', '--redis', redis.url])).err).toContain('Unknown fleet command "launch"');
    expect((await run(['fleet', 'add', '--redis', redis.url])).err).toContain('Name at least one room');
  });

  it('adds, lists and removes rooms; a room added twice or removed when absent exits 1 with the reason, the others go on', async () => {
    const add = await run(['fleet', 'add', '@alice', '@bob', '--priority', '3', '--redis', redis.url]);
    expect(add).toMatchObject({ code: 0, out: 'Added @alice\nAdded @bob\n' });
    const again = await run(['fleet', 'add', '@carol', '@alice'], { REDIS_URL: redis.url });
    expect(again.code).toBe(1);
    expect(again.out).toBe('Added @carol\n');
    expect(again.err).toBe('tiktok-live-rx: @alice is already in the fleet (removeRoom it first to change its options)\n');
    expect((await run(['fleet', 'rooms', '--redis', redis.url])).out).toBe('@alice  priority 3\n@bob  priority 3\n@carol\n');
    const remove = await run(['fleet', 'remove', '@bob', '@dave', '--redis', redis.url]);
    expect(remove).toMatchObject({ code: 1, out: 'Removed @bob\n', err: 'tiktok-live-rx: @dave is not in the fleet\n' });
    const json = await run(['fleet', 'rooms', '--json', '--redis', redis.url]);
    expect(json.out.trim().split('\n').map((l) => (JSON.parse(l) as { uniqueId: string }).uniqueId)).toEqual(['alice', 'carol']);
    const status = await run(['fleet', 'status', '--redis', redis.url]);
    expect(status.out).toContain('Workers (0 alive):\n  none\n');
    expect(status.out).toContain('@alice  new  unowned  epoch 0  0 events');
  });

  it('a wrong password or no Redis exits 1 with a typed reason and never the password', async () => {
    const wrong = await run(['fleet', 'rooms', '--redis', `redis://:not-${PASSWORD}@127.0.0.1:${redis.port}`]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toBe(`tiktok-live-rx: Redis at 127.0.0.1:${redis.port} refused the user name or password (WRONGPASS)\n`);
    const worker = await run(['worker', '--capacity', '1', '--redis', `redis://:not-${PASSWORD}@127.0.0.1:${redis.port}`, '--server', 'http://127.0.0.1:9']);
    expect(worker.code).toBe(1);
    expect(worker.err + worker.out).not.toContain(PASSWORD);
    expect(worker.err).toContain('(WRONGPASS)');
  });

  it('worker: watches the fleet\'s rooms, shows in fleet status, and on SIGTERM releases them and exits 0', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'cli_room', traffic: { rate: 20 } }] });
    const worker = runCli(['worker', '--capacity', '2', '--id', 'cli-worker', '--server', sim.url, '--room', '@cli_room'], { REDIS_URL: redis.url });
    await until(() => worker.out().includes('Worker cli-worker watching up to 2 rooms of the fleet'), 15_000, 'the worker starting');
    for (let i = 0; ; i++) {
      const status = await fleetStatus(redis.url);
      if (status.rooms[0]?.owner === 'cli-worker' && status.rooms[0].events > 20) break;
      if (i > 150) throw new Error(`no events logged: ${JSON.stringify(status)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const shown = await run(['fleet', 'status', '--redis', redis.url]);
    expect(shown.out).toMatch(/Workers \(1 alive\):\n {2}cli-worker {2}1\/2 rooms {2}\d+ events\/s {2}seen \d+ ms ago\n/);
    expect(shown.out).toMatch(/@cli_room {2}live {2}on cli-worker {2}epoch 1 {2}\d+ events {2}lag \d+ ms/);
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
    const after = await fleetStatus(redis.url);
    expect(after.rooms[0]).toMatchObject({ uniqueId: 'cli_room', epoch: 1 });
    expect(after.rooms[0]!.owner).toBeUndefined();
    expect(after.workers).toEqual([]);
  });
});
