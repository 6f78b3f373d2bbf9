import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addRoom, fleetStatus, withRedis, type FleetStatus } from '../src/fleet/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { killAll, runCli } from './support/cli.js';
import { compareLog, logOf, wireMsgIds } from './support/fleet.js';
import { sleep, until } from './support/rawClient.js';
import { hasRedisServer, startRedisServer, type RedisServer } from './support/redisServer.js';

/*
 * The fleet's guarantees with workers as real processes (the built CLI's `worker` command), a real
 * redis-server and the simulator in this process: whatever happens to a worker — SIGKILL, SIGSTOP past
 * its lease, SIGTERM — every room's log holds exactly what the simulator sent, in order.
 */

const LEASE_MS = 1_500;
let redis: RedisServer;
let sim: Simulator | undefined;
beforeAll(async () => {
  if (!hasRedisServer()) throw new Error('redis-server is missing: npm test installs it (apt-get install redis-server)');
  redis = await startRedisServer();
});
afterAll(async () => {
  killAll();
  await redis?.close();
});
afterEach(async () => {
  killAll();
  await sim?.close();
  sim = undefined;
  await withRedis(redis.url, (conn) => conn.send(['FLUSHALL']));
});

type Worker = ReturnType<typeof runCli> & { id: string };

function startWorkerProcess(id: string, capacity: number, url = redis.url): Worker {
  const args = ['worker', '--redis', url, '--capacity', String(capacity), '--id', id, '--lease-ms', String(LEASE_MS), '--server', sim!.url];
  return { id, ...runCli(args) };
}

async function rooms(count: number, rate: number, prefix: string, url = redis.url): Promise<void> {
  sim = await startSimulator({ rooms: Array.from({ length: count }, (_, i) => ({ uniqueId: `${prefix}_${i}`, traffic: { rate }, joinFrom: 'start' as const })) });
  for (const r of sim.rooms()) await addRoom(url, r.uniqueId);
}

/** Polls the fleet's status until `check` holds. */
async function statusUntil(check: (s: FleetStatus) => boolean, timeoutMs: number, what: string, url = redis.url): Promise<FleetStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fleetStatus(url);
    if (check(status)) return status;
    if (Date.now() > deadline) {
      const rooms = status.rooms.filter((r) => r.status !== 'live' && r.status !== 'ended').slice(0, 5);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}: rooms ${JSON.stringify(rooms)}, workers ${JSON.stringify(status.workers)}`);
    }
    await sleep(200);
  }
}

const ownedBy = (s: FleetStatus, id: string) => s.rooms.filter((r) => r.owner === id);
const balanced = (ids: string[], share: number) => (s: FleetStatus) => s.rooms.every((r) => r.owner && r.events > 0) && ids.every((id) => ownedBy(s, id).length === share);

/** Ends every room, waits for each log to hold the end, and checks every log against what its room sent. */
async function endAndCheck(url = redis.url): Promise<void> {
  for (const r of sim!.rooms()) r.end();
  await statusUntil((s) => s.rooms.every((r) => r.status === 'ended'), 20_000, 'every room ended in the log', url);
  for (const r of sim!.rooms()) {
    const entries = await logOf(url, r.uniqueId);
    const sent = r.sent().map((m) => m.msgId);
    expect(compareLog(sent, wireMsgIds(entries)), r.uniqueId).toEqual({ lost: 0, duplicated: 0, outOfOrder: 0 });
    expect(wireMsgIds(entries), r.uniqueId).toEqual(sent);
    // The epochs in a room's log never go back: no write of a worker that had lost the room landed.
    const epochs = entries.map((e) => e.epoch);
    expect(epochs, r.uniqueId).toEqual([...epochs].sort((a, b) => a - b));
  }
}

/** ms from `since` to the first TikTok event each room logged with an epoch above the one it had. */
async function takeovers(moved: Array<{ uniqueId: string; epoch: number }>, since: number): Promise<number[]> {
  return Promise.all(
    moved.map(async ({ uniqueId, epoch }) => {
      const first = (await logOf(redis.url, uniqueId)).find((e) => e.epoch > epoch && e.msgId !== '');
      if (!first) throw new Error(`@${uniqueId} logged nothing after moving`);
      return Number(first.id.split('-')[0]) - since;
    }),
  );
}

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `min ${sorted[0]} ms, median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted.at(-1)} ms over ${sorted.length} rooms`;
};

describe('fleet workers as processes', () => {
  it('worker death: SIGKILL one of 3 mid-stream (60 rooms, ~3,000 events/s): its rooms move on with 0 lost, 0 duplicated, 0 out of order', { timeout: 120_000 }, async () => {
    await rooms(60, 50, 'death');
    const workers = ['w1', 'w2', 'w3'].map((id) => startWorkerProcess(id, 40));
    await statusUntil(balanced(['w1', 'w2', 'w3'], 20), 60_000, '20 rooms on each worker');
    await sleep(2_000);
    const before = await fleetStatus(redis.url);
    const moved = ownedBy(before, 'w1').map((r) => ({ uniqueId: r.uniqueId, epoch: r.epoch }));
    const killedAt = Date.now();
    workers[0]!.child.kill('SIGKILL');
    await workers[0]!.exit;
    const afterKill = await statusUntil((s) => s.rooms.every((r) => r.owner === 'w2' || r.owner === 'w3'), 30_000, 'every room on w2 or w3');
    // Its rooms moved because its leases ran out: fleet status no longer counts it alive either.
    expect(afterKill.workers.filter((w) => w.alive).map((w) => w.id).sort()).toEqual(['w2', 'w3']);
    await sleep(Math.max(0, killedAt + 10_000 - Date.now()));
    const sent = sim!.rooms().reduce((n, r) => n + r.sent().length, 0);
    await endAndCheck();
    const times = await takeovers(moved, killedAt);
    console.log(`worker death: ${sent} events in 60 rooms; kill → first event of each moved room (leaseMs ${LEASE_MS}): ${summary(times)}`);
    expect(times.every((t) => t > 0)).toBe(true);
    for (const w of workers.slice(1)) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.slice(1).map((w) => w.exit))).toEqual([0, 0]);
  });

  it('zombie: a worker stopped past its lease writes nothing once resumed (the fence refuses it), lets its rooms go, and the logs stay exact', { timeout: 60_000 }, async () => {
    await rooms(10, 40, 'zombie');
    const [z, w] = [startWorkerProcess('zombie', 10), startWorkerProcess('healthy', 10)];
    await statusUntil(balanced(['zombie', 'healthy'], 5), 30_000, '5 rooms each');
    z.child.kill('SIGSTOP');
    await statusUntil((s) => s.rooms.every((r) => r.owner === 'healthy'), 20_000, 'the healthy worker holding every room');
    // Traffic the zombie's sockets buffered while it slept is waiting for it when it wakes.
    await sleep(1_000);
    z.child.kill('SIGCONT');
    await until(() => /was taken over: the fence refused the write/.test(z.err()), 10_000, 'the zombie noticing');
    await sleep(1_000);
    await endAndCheck();
    z.child.kill('SIGTERM');
    w.child.kill('SIGTERM');
    expect(await Promise.all([z.exit, w.exit])).toEqual([0, 0]);
  });

  it('graceful: SIGTERM hands a worker\'s rooms over at once', { timeout: 60_000 }, async () => {
    await rooms(10, 40, 'graceful');
    const [a, b] = [startWorkerProcess('leaving', 10), startWorkerProcess('staying', 10)];
    await statusUntil(balanced(['leaving', 'staying'], 5), 30_000, '5 rooms each');
    const moved = ownedBy(await fleetStatus(redis.url), 'leaving').map((r) => ({ uniqueId: r.uniqueId, epoch: r.epoch }));
    const termAt = Date.now();
    a.child.kill('SIGTERM');
    expect(await a.exit).toBe(0);
    await statusUntil((s) => s.rooms.every((r) => r.owner === 'staying'), 10_000, 'every room on the staying worker');
    await sleep(1_000);
    await endAndCheck();
    const times = await takeovers(moved, termAt);
    console.log(`graceful: SIGTERM → first event of each moved room: ${summary(times)}`);
    // A generous bound: well under a lease (which a kill would have to wait for).
    expect(Math.max(...times)).toBeLessThan(LEASE_MS * 4);
    b.child.kill('SIGTERM');
    expect(await b.exit).toBe(0);
  });

  // Redis away for longer than a lease: paused (SIGSTOP: commands hang, as in a network partition) or
  // down (stopped, then started again with its AOF). Either way the workers cannot prove their leases,
  // stop writing, and claim the rooms again (with new epochs) once Redis answers; TikTok replays what
  // came meanwhile from the stored cursors.
  for (const how of ['paused', 'down'] as const) {
    it(`Redis ${how} for 4 s (leaseMs 1.5 s): the workers stop writing, claim every room again once it is back, and the logs stay exact`, { timeout: 90_000 }, async () => {
      const server = how === 'paused' ? redis : await startRedisServer({ appendOnly: true });
      try {
        await rooms(10, 40, `away_${how}`, server.url);
        const ws = [startWorkerProcess('one', 10, server.url), startWorkerProcess('two', 10, server.url)];
        await statusUntil(balanced(['one', 'two'], 5), 30_000, '5 rooms each', server.url);
        const before = new Map((await fleetStatus(server.url)).rooms.map((r) => [r.uniqueId, r.epoch]));
        if (how === 'paused') server.process.kill('SIGSTOP');
        else await server.stop();
        // Both workers notice, each for every room it held, without a crash.
        const awayAt = Date.now();
        await until(() => ws.every((w) => (w.err().match(/stopped writing/g) ?? []).length >= 5), 15_000, 'both workers to stop writing').catch((error: Error) => {
          throw new Error(`${error.message}; the workers said:\n${ws.map((w) => w.err().slice(-1_500)).join('\n---\n')}`);
        });
        await sleep(Math.max(0, awayAt + 4_000 - Date.now()));
        if (how === 'paused') server.process.kill('SIGCONT');
        else await server.restart();
        const after = await statusUntil((s) => s.rooms.every((r) => r.owner && r.status === 'live' && r.epoch > before.get(r.uniqueId)!), 30_000, 'every room claimed again with a new epoch', server.url);
        expect(after.workers.map((w) => w.id).sort()).toEqual(['one', 'two']);
        expect(ws.map((w) => w.child.exitCode)).toEqual([null, null]);
        await sleep(1_000);
        await endAndCheck(server.url);
        for (const w of ws) w.child.kill('SIGTERM');
        expect(await Promise.all(ws.map((w) => w.exit))).toEqual([0, 0]);
        expect(ws.map((w) => w.err()).join('\n')).not.toMatch(/at .*\.js:\d+|Unhandled|uncaught/i);
      } finally {
        if (server !== redis) await server.close();
        else if (server.process.signalCode === null) server.process.kill('SIGCONT');
      }
    });
  }
});
