import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { firstValueFrom, lastValueFrom, toArray, type Subscription } from 'rxjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FleetConfigError, FleetEntryError, InvalidArgumentError, RedisAuthError, RedisUnavailableError, RedisWrongTypeError } from '../src/errors.js';
import { encodeEntry } from '../src/fleet/entry.js';
import { fleetEvents$ } from '../src/fleet/fleetEvents.js';
import { fleetKeys } from '../src/fleet/keys.js';
import type { FleetEvent } from '../src/fleet/logEntries.js';
import { roomLog$ } from '../src/fleet/roomLog.js';
import { ofType } from '../src/operators/ofType.js';
import { giftEvent } from '../src/testing/index.js';
import { chat, client, writeEntry, type TestClient } from './support/fleet/log.js';
import { until } from './support/rawClient.js';
import { closedPort } from './support/net.js';
import { startRedisServer, type RedisServer } from './support/redisServer.js';

const CHILD = fileURLToPath(new URL('./support/fleet/consumerChild.ts', import.meta.url));
const keys = fleetKeys();

let redis: RedisServer;
let admin: TestClient;
beforeAll(async () => {
  redis = await startRedisServer();
  admin = await client(redis.url);
});
afterAll(async () => {
  await admin?.close();
  await redis?.close();
});

const subs: Subscription[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const sub of subs.splice(0)) sub.unsubscribe();
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await admin.sendCommand(['FLUSHALL']);
});

/** Subscribes and collects; the subscription ends with the test. */
function collect(source: import('rxjs').Observable<FleetEvent>) {
  const events: FleetEvent[] = [];
  const state: { error?: unknown; done: boolean } = { done: false };
  subs.push(source.subscribe({ next: (e) => events.push(e), error: (e) => (state.error = e), complete: () => (state.done = true) }));
  return { events, state };
}

const msgIds = (events: FleetEvent[], room?: string) => events.flatMap((e) => (e.type === 'chat' && (room === undefined || e.room === room) ? [e.msgId] : []));
const pending = async (group: string) => {
  let total = 0;
  for (const stream of keys.logs()) {
    const reply = (await admin.sendCommand(['XPENDING', stream, group]).catch(() => [0])) as [number];
    total += Number(reply[0]);
  }
  return total;
};

interface Line {
  entryId: string;
  room: string;
  msgId: string;
  /** The child's monotonic clock, ns (one clock for every process of the machine). */
  at: bigint;
}

/** A consumer child process (support/fleet/consumerChild.ts) and the events it printed. */
function consumerProcess(config: Record<string, unknown>) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: Line[] = [];
  let rest = '';
  child.stdout!.on('data', (d: Buffer) => {
    const parts = (rest + d.toString()).split('\n');
    rest = parts.pop()!;
    for (const part of parts) {
      const line = JSON.parse(part) as Omit<Line, 'at'> & { at?: string; error?: string; message?: string };
      if (line.error) throw new Error(`${String(config.consumer)}: ${line.error} ${line.message}`);
      lines.push({ ...line, at: BigInt(line.at!) });
    }
  });
  return { child, lines };
}

async function untilAsync(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Which partitions each consumer of `group` owns, from the lease keys. */
async function owners(group: string): Promise<Map<string, number[]>> {
  const held = new Map<string, number[]>();
  for (let p = 0; p < keys.partitions; p++) {
    const value = await admin.sendCommand(['GET', keys.groupOwner(p, group)]);
    if (value === null || value === undefined) continue;
    const name = String(value).split(' ')[0]!;
    held.set(name, [...(held.get(name) ?? []), p]);
  }
  return held;
}

async function untilOwners(group: string, check: (owners: Map<string, number[]>) => boolean, what: string): Promise<Map<string, number[]>> {
  let last = new Map<string, number[]>();
  await untilAsync(async () => check((last = await owners(group))), what);
  return last;
}

/** Entries pending in one consumer of `group`, over every partition. */
async function pendingOf(group: string, consumer: string): Promise<number> {
  let total = 0;
  for (const stream of keys.logs()) {
    const reply = (await admin.sendCommand(['XPENDING', stream, group, '-', '+', '1000', consumer]).catch(() => [])) as unknown[];
    total += reply.length;
  }
  return total;
}

/**
 * Writes chat entries to `rooms` until stopped, in bursts (five per room, then a pause): a read then
 * gets several entries of a room at once, so a consumer that stops inside a batch leaves some of them
 * pending that it never delivered.
 */
function steadyWriter(rooms: string[]) {
  let stop = false;
  const done = (async () => {
    for (let n = 0; !stop; n += 5) {
      const burst: Array<Promise<string>> = [];
      for (let k = n; k < n + 5; k++) for (const room of rooms) burst.push(writeEntry(admin, room, chat(room, k)));
      await Promise.all(burst);
      await new Promise((r) => setTimeout(r, 30));
    }
  })();
  return { stop: () => ((stop = true), done) };
}

/** Each room's msgIds as the log holds them. */
async function roomLogs(rooms: string[]): Promise<Map<string, string[]>> {
  const log = new Map<string, string[]>();
  for (const room of rooms) log.set(room, msgIds(await lastValueFrom(roomLog$(redis.url, room).pipe(toArray()))));
  return log;
}

type Delivery = { room: string; msgId: string; entryId: string };
const entryKey = (d: Delivery) => `${d.room} ${d.entryId}`;

/** Deliveries of several consumer processes in the order they happened (one monotonic clock). */
const inTimeOrder = (...lines: Line[][]) => lines.flat().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

/**
 * Waits until `deliveries()` holds every entry of the rooms' log, then checks the property the group
 * keeps: per room, the first delivery of each entry, in the order given, is the room's log exactly.
 */
async function expectEachRoomInLogOrder(rooms: string[], deliveries: () => Delivery[]): Promise<void> {
  const log = await roomLogs(rooms);
  const total = [...log.values()].reduce((n, ids) => n + ids.length, 0);
  await until(() => new Set(deliveries().map(entryKey)).size >= total, 20_000, `every one of the ${total} entries delivered`);
  const first = firstDeliveries(deliveries());
  for (const room of rooms) expect(first.get(room) ?? [], room).toEqual(log.get(room));
}

/** Per room, the msgIds of deliveries in the order given, each entry's first delivery only (an entry id is unique within its room's stream). */
function firstDeliveries(deliveries: readonly Delivery[]): Map<string, string[]> {
  const seen = new Set<string>();
  const rooms = new Map<string, string[]>();
  for (const d of deliveries) {
    const key = entryKey(d);
    if (seen.has(key)) continue;
    seen.add(key);
    rooms.set(d.room, [...(rooms.get(d.room) ?? []), d.msgId]);
  }
  return rooms;
}

describe('fleetEvents$: the log through a consumer group', () => {
  it('delivers every room in order, tagged with its handle and entry id, and acknowledges each entry', { timeout: 20_000 }, async () => {
    const rooms = ['alpha', 'bravo', 'charlie', 'delta'];
    // Rooms spread over partitions: at least two distinct streams.
    expect(new Set(rooms.map((r) => keys.partition(r))).size).toBeGreaterThan(1);
    for (let n = 0; n < 30; n++) for (const room of rooms) await writeEntry(admin, room, chat(room, n));
    const { events } = collect(fleetEvents$({ redis: redis.url, group: 'g', consumer: 'c1', count: 7 }));
    await until(() => events.length === 120, 15_000, '120 events');
    for (const room of rooms) expect(msgIds(events, room)).toEqual(Array.from({ length: 30 }, (_, n) => `${room}-${n}`));
    const first = events.find((e) => e.room === 'bravo')!;
    expect(first).toMatchObject({ type: 'chat', room: 'bravo', comment: 'bravo #0', entryId: expect.stringMatching(/^\d+-\d+$/) });
    // Acknowledged: nothing pending once handled.
    for (let i = 0; i < 50 && (await pending('g')) > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await pending('g')).toBe(0);
    // New entries arrive while it reads.
    await writeEntry(admin, 'alpha', chat('alpha', 30));
    await until(() => msgIds(events, 'alpha').length === 31, 10_000, 'the new entry');
  });

  it('filters by rooms and types on the fields, and acknowledges what it leaves out', { timeout: 20_000 }, async () => {
    for (let n = 0; n < 5; n++) {
      await writeEntry(admin, 'alpha', chat('alpha', n));
      await writeEntry(admin, 'bravo', chat('bravo', n));
      await writeEntry(admin, 'alpha', giftEvent({ msgId: `gift-${n}`, giftName: 'Rose' }));
    }
    const { events } = collect(fleetEvents$({ redis: redis.url, group: 'filtered', consumer: 'c1', rooms: ['@Alpha'], types: ['gift'] }));
    await until(() => events.length === 5, 10_000, 'five gifts');
    await new Promise((r) => setTimeout(r, 300));
    expect(events.map((e) => [e.type, e.room])).toEqual(Array(5).fill(['gift', 'alpha']));
    expect(await pending('filtered')).toBe(0);
    // The selectors narrow as on liveRooms$: the room stays.
    const gift = await firstValueFrom(fleetEvents$({ redis: redis.url, group: 'typed', consumer: 'c1' }).pipe(ofType('gift')));
    expect(gift.giftName).toBe('Rose');
    expect(gift.room).toBe('alpha');
    // Handled before firstValueFrom unsubscribed: acknowledged on the way out, not left pending (the
    // entries after it in the batch were never handed over, and stay pending for a claim).
    const pendingIds = async () => ((await admin.sendCommand(['XPENDING', keys.logOf('alpha'), 'typed', '-', '+', '100'])) as Array<[string]>).map((p) => p[0]);
    for (let i = 0; i < 50 && (await pendingIds()).includes(gift.entryId); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await pendingIds()).not.toContain(gift.entryId);
  });

  it('two consumers of one group share the partitions (8/8); each room goes to the one that owns its partition, each entry once', { timeout: 20_000 }, async () => {
    const rooms = Array.from({ length: 8 }, (_, i) => `room_${i}`);
    const a = collect(fleetEvents$({ redis: redis.url, group: 'shared', consumer: 'a', count: 5 }));
    const b = collect(fleetEvents$({ redis: redis.url, group: 'shared', consumer: 'b', count: 5 }));
    const split = await untilOwners('shared', (owners) => owners.get('a')?.length === 8 && owners.get('b')?.length === 8, 'the partitions shared 8/8');
    for (let n = 0; n < 25; n++) for (const room of rooms) await writeEntry(admin, room, chat(room, n));
    await until(() => a.events.length + b.events.length === 200, 15_000, '200 events over both');
    const all = [...msgIds(a.events), ...msgIds(b.events)];
    expect(new Set(all).size).toBe(200);
    for (const [name, got] of [['a', a], ['b', b]] as const) {
      const mine = rooms.filter((room) => split.get(name)!.includes(keys.partition(room)));
      expect(new Set(got.events.map((e) => e.room))).toEqual(new Set(mine));
      for (const room of mine) expect(msgIds(got.events, room)).toEqual(Array.from({ length: 25 }, (_, n) => `${room}-${n}`));
    }
  });

  it('a consumer killed with entries unacknowledged: another consumer of the group takes its partitions once its leases expire, pending entries first', { timeout: 40_000 }, async () => {
    const rooms = ['alpha', 'bravo', 'charlie'];
    for (let n = 0; n < 20; n++) for (const room of rooms) await writeEntry(admin, room, chat(room, n));
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify({ redis: redis.url, group: 'workers', consumer: 'doomed', holdAfter: 1, options: { leaseMs: 1_000 } })], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    // It got its first batch, handled one entry and hangs in its handler: nothing acknowledged.
    await until(() => out.includes('\n'), 20_000, 'the first event in the child');
    for (let i = 0; i < 100 && (await pending('workers')) < 60; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await pending('workers')).toBe(60);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const survivor = collect(fleetEvents$({ redis: redis.url, group: 'workers', consumer: 'survivor' }));
    await until(() => survivor.events.length === 60, 15_000, 'the dead consumer’s 60 entries');
    for (const room of rooms) expect(msgIds(survivor.events, room)).toEqual(Array.from({ length: 20 }, (_, n) => `${room}-${n}`));
    for (let i = 0; i < 50 && (await pending('workers')) > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await pending('workers')).toBe(0);
    // The one the child had handled comes again: at least once.
    const handled = JSON.parse(out.split('\n')[0]!) as { msgId: string };
    expect(msgIds(survivor.events)).toContain(handled.msgId);
  });

  it('two consumer processes, one killed mid-stream while it holds entries: per room, the first delivery of every entry comes in log order, nothing lost', { timeout: 60_000 }, async () => {
    const rooms = Array.from({ length: 12 }, (_, i) => `room_${i}`);
    expect(new Set(rooms.map((r) => keys.partition(r))).size).toBeGreaterThan(6);
    const group = 'ordered';
    const options = { leaseMs: 1_000, blockMs: 200, count: 10 };
    const survivor = consumerProcess({ redis: redis.url, group, consumer: 'survivor', options });
    await untilOwners(group, (owners) => owners.get('survivor')?.length === 16, 'the first consumer owns every partition');
    const writer = steadyWriter(rooms);
    await until(() => survivor.lines.length >= 30, 20_000, 'the survivor delivering');
    // The second one joins, takes its share, delivers 40 events and hangs in its handler: whatever it
    // was given after that one stays unacknowledged.
    const doomed = consumerProcess({ redis: redis.url, group, consumer: 'doomed', holdAfter: 40, options });
    const split = await untilOwners(group, (owners) => owners.get('doomed')?.length === 8 && owners.get('survivor')?.length === 8, 'the partitions shared 8/8');
    const moved = new Set(split.get('doomed'));
    await until(() => doomed.lines.length >= 40, 20_000, 'the doomed consumer delivering');
    await untilAsync(async () => (await pendingOf(group, 'doomed')) > 0, 'entries pending in the doomed consumer');
    const killedAt = process.hrtime.bigint();
    doomed.child.kill('SIGKILL');
    await new Promise((r) => doomed.child.once('exit', r));
    await untilOwners(group, (owners) => owners.get('survivor')?.length === 16, 'the survivor owns every partition');
    const firstMoved = () => survivor.lines.find((l) => l.at > killedAt && moved.has(keys.partition(l.room)));
    await until(() => firstMoved() !== undefined, 20_000, 'the survivor delivering from a moved partition');
    console.log(`consumer killed: the survivor delivered from a moved partition ${(Number(firstMoved()!.at - killedAt) / 1e6).toFixed(0)} ms after the kill (leaseMs 1000)`);
    await new Promise((r) => setTimeout(r, 500));
    await writer.stop();

    await expectEachRoomInLogOrder(rooms, () => inTimeOrder(doomed.lines, survivor.lines));
    await untilAsync(async () => (await pending(group)) === 0, 'everything acknowledged');
    // At least once: what the killed one was handling came again from the survivor.
    expect(survivor.lines.map((l) => l.msgId)).toContain(doomed.lines.at(-1)!.msgId);
    expect(doomed.lines.some((l) => moved.has(keys.partition(l.room)))).toBe(true);
  });

  it('a consumer paused past its lease (SIGSTOP) and resumed: it delivers nothing more from the partitions it lost, takes its share back, order kept', { timeout: 60_000 }, async () => {
    const rooms = Array.from({ length: 12 }, (_, i) => `zomb_${i}`);
    const group = 'zombies';
    const options = { leaseMs: 1_000, blockMs: 200, count: 10 };
    const steady = consumerProcess({ redis: redis.url, group, consumer: 'steady', options });
    await untilOwners(group, (owners) => owners.get('steady')?.length === 16, 'the first consumer owns every partition');
    const writer = steadyWriter(rooms);
    // Slow in its handler, so that it is stopped in the middle of a batch.
    const zombie = consumerProcess({ redis: redis.url, group, consumer: 'zombie', busyMs: 2, options });
    const split = await untilOwners(group, (owners) => owners.get('zombie')?.length === 8 && owners.get('steady')?.length === 8, 'the partitions shared 8/8');
    await until(() => zombie.lines.length >= 40, 20_000, 'the zombie delivering');
    zombie.child.kill('SIGSTOP');
    const stoppedAt = process.hrtime.bigint();
    await untilOwners(group, (owners) => owners.get('steady')?.length === 16, 'the steady one owns every partition');
    const before = steady.lines.length;
    await until(() => steady.lines.length >= before + 50, 20_000, 'the steady one delivering the zombie’s rooms');
    zombie.child.kill('SIGCONT');
    const resumedAt = process.hrtime.bigint();
    await untilOwners(group, (owners) => owners.get('zombie')?.length === 8 && owners.get('steady')?.length === 8, 'the partitions shared 8/8 again');
    await new Promise((r) => setTimeout(r, 500));
    await writer.stop();

    await expectEachRoomInLogOrder(rooms, () => inTimeOrder(zombie.lines, steady.lines));
    // After it was resumed, nothing of the partitions it lost came from it while the steady one had them,
    // except at most the one entry it may have been handing over at the instant it was stopped: one the
    // steady one had delivered already (a repeat, never a first delivery out of order).
    const lost = new Set(split.get('zombie'));
    const steadyLast = (room: string) => steady.lines.filter((l) => l.room === room && l.at > stoppedAt).at(-1)?.at ?? 0n;
    const late = zombie.lines.filter((l) => l.at > resumedAt && lost.has(keys.partition(l.room)) && l.at < steadyLast(l.room));
    expect(late.length, JSON.stringify(late.map((l) => l.msgId))).toBeLessThanOrEqual(1);
    for (const l of late) expect(steady.lines.some((s) => s.msgId === l.msgId && s.at < l.at)).toBe(true);
    await untilAsync(async () => (await pending(group)) === 0, 'everything acknowledged');
  });

  it('a consumer joining takes its share (8/8) from the one that had all; one leaving hands all back at once; per room in order, nothing lost', { timeout: 60_000 }, async () => {
    const rooms = Array.from({ length: 16 }, (_, i) => `rebal_${i}`);
    const group = 'rebalance';
    // Leases far longer than the test: every hand-over here is a release, none an expiry.
    const options = { group, leaseMs: 30_000, blockMs: 200, count: 10 };
    const delivered: Array<Delivery & { by: string }> = [];
    const consumer = (name: string) => {
      const state: { error?: unknown } = {};
      const sub = fleetEvents$({ ...options, redis: redis.url, consumer: name }).subscribe({
        next: (e) => delivered.push({ by: name, room: e.room, msgId: e.type === 'chat' ? e.msgId : '', entryId: e.entryId }),
        error: (e) => (state.error = e),
      });
      subs.push(sub);
      return { sub, state };
    };
    const a = consumer('a');
    await untilOwners(group, (owners) => owners.get('a')?.length === 16, 'a owns every partition');
    const writer = steadyWriter(rooms);
    await until(() => delivered.length >= 50, 20_000, 'a delivering');
    const joinedAt = Date.now();
    const b = consumer('b');
    const split = await untilOwners(group, (owners) => owners.get('a')?.length === 8 && owners.get('b')?.length === 8, 'the partitions shared 8/8');
    console.log(`rebalance: b joined and the partitions were 8/8 after ${Date.now() - joinedAt} ms`);
    expect(new Set([...split.get('a')!, ...split.get('b')!]).size).toBe(16);
    const byB = delivered.filter((d) => d.by === 'b').length;
    await until(() => delivered.filter((d) => d.by === 'b').length >= byB + 50, 20_000, 'b delivering');
    const leftAt = Date.now();
    a.sub.unsubscribe();
    await untilOwners(group, (owners) => owners.get('b')?.length === 16 && !owners.has('a'), 'b owns every partition');
    console.log(`rebalance: a left and b owned all 16 partitions ${Date.now() - leftAt} ms later (leaseMs 30000)`);
    await new Promise((r) => setTimeout(r, 300));
    await writer.stop();

    // One process: the order of the subscribers' next calls is the order they happened.
    await expectEachRoomInLogOrder(rooms, () => delivered);
    // Each room was read by one consumer at a time: a's rooms of the split went on at b only after a left.
    for (const room of rooms.filter((r) => split.get('a')!.includes(keys.partition(r)))) {
      const lastA = delivered.map((d) => d.room === room && d.by === 'a').lastIndexOf(true);
      const firstB = delivered.findIndex((d) => d.room === room && d.by === 'b');
      if (lastA >= 0 && firstB >= 0) expect(firstB).toBeGreaterThan(lastA);
    }
    expect(a.state.error).toBeUndefined();
    expect(b.state.error).toBeUndefined();
  });

  it('unsubscribing stops reading and closes the connection it opened', { timeout: 20_000 }, async () => {
    const clients = async () => String(await admin.sendCommand(['CLIENT', 'LIST'])).trim().split('\n').length;
    const before = await clients();
    const { events } = collect(fleetEvents$({ redis: redis.url, group: 'g', consumer: 'c' }));
    for (let i = 0; i < 100 && (await clients()) === before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await clients()).toBe(before + 1);
    subs.pop()!.unsubscribe();
    for (let i = 0; i < 150 && (await clients()) > before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await clients()).toBe(before);
    await writeEntry(admin, 'alpha', chat('alpha', 1));
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([]);
  });
});

describe('roomLog$: one room from a position or a time', () => {
  it('reads the history from an id, a time or the start, and completes; other rooms of the partition are skipped', { timeout: 20_000 }, async () => {
    // Rooms in one partition: the reader must skip the other one's entries.
    const other = Array.from({ length: 200 }, (_, i) => `other_${i}`).find((r) => keys.partition(r) === keys.partition('alpha'))!;
    const ids: string[] = [];
    for (let n = 0; n < 1_200; n++) {
      ids.push(await writeEntry(admin, 'alpha', chat('alpha', n)));
      await writeEntry(admin, other, chat(other, n));
    }
    const all = await lastValueFrom(roomLog$(redis.url, '@alpha', { count: 100 }).pipe(toArray()));
    expect(msgIds(all)).toEqual(Array.from({ length: 1_200 }, (_, n) => `alpha-${n}`));
    expect(all.every((e) => e.room === 'alpha')).toBe(true);
    const fromId = await lastValueFrom(roomLog$(redis.url, 'alpha', { from: ids[1_000] }).pipe(toArray()));
    expect(msgIds(fromId)[0]).toBe('alpha-1000');
    expect(fromId).toHaveLength(200);
    const between = await lastValueFrom(roomLog$(redis.url, 'alpha', { from: ids[10], to: ids[19] }).pipe(toArray()));
    expect(msgIds(between)).toEqual(Array.from({ length: 10 }, (_, n) => `alpha-${n + 10}`));
    // By time: every entry from that millisecond on.
    const ms = Number(ids[600]!.split('-')[0]);
    const fromTime = await lastValueFrom(roomLog$(redis.url, 'alpha', { from: new Date(ms) }).pipe(toArray()));
    expect(fromTime.length).toBeGreaterThanOrEqual(600);
    expect(fromTime.every((e) => Number(e.entryId.split('-')[0]) >= ms)).toBe(true);
    expect(fromTime.at(-1)!.entryId).toBe(ids.at(-1));
  });

  it('with follow, tails what comes after the history without a gap, until unsubscribed', { timeout: 20_000 }, async () => {
    for (let n = 0; n < 5; n++) await writeEntry(admin, 'alpha', chat('alpha', n));
    const { events, state } = collect(roomLog$(redis.url, 'alpha', { follow: true, blockMs: 200 }));
    await until(() => events.length === 5, 10_000, 'the history');
    for (let n = 5; n < 10; n++) await writeEntry(admin, 'alpha', chat('alpha', n));
    await until(() => events.length === 10, 10_000, 'the new entries');
    expect(msgIds(events)).toEqual(Array.from({ length: 10 }, (_, n) => `alpha-${n}`));
    expect(state.done).toBe(false);
    // A follow from a time to come: the first entry of that very millisecond is not missed.
    const t = await admin.sendCommand(['TIME']) as [string, string];
    const future = Number(t[0]) * 1000 + Math.floor(Number(t[1]) / 1000) + 400;
    const later = collect(roomLog$(redis.url, 'alpha', { follow: true, from: future, blockMs: 100 }));
    await new Promise((r) => setTimeout(r, 100));
    const exact = String(await admin.sendCommand(['XADD', keys.logOf('alpha'), `${future}-0`, ...encodeEntry('alpha', chat('alpha', 99), 1)]));
    expect(exact).toBe(`${future}-0`);
    await until(() => later.events.length === 1, 10_000, 'the entry at the very time');
  });

  it('rejects a from it cannot read, before any connection', async () => {
    const { state } = collect(roomLog$(redis.url, 'alpha', { from: 'yesterday' }));
    await until(() => state.error !== undefined, 5_000, 'the error');
    expect(state.error).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('bad input on the consumer side: typed errors, never a crash loop', () => {
  it('garbage in a stream entry is an in-band FleetEntryError event; reading goes on, the entry is acknowledged', { timeout: 20_000 }, async () => {
    await writeEntry(admin, 'alpha', chat('alpha', 0));
    const stream = keys.logOf('alpha');
    await admin.sendCommand(['XADD', stream, '*', 'room', 'alpha', 'type', 'chat', 'msgId', 'x', 'createTime', '', 'epoch', '1', 'event', '{"type":"chat","comm']);
    await admin.sendCommand(['XADD', stream, '*', 'hello', 'world']);
    await admin.sendCommand(['XADD', stream, '*', 'room', 'alpha', 'type', 'gift', 'msgId', 'y', 'createTime', 'soon', 'epoch', '1', 'event', '{}']);
    await writeEntry(admin, 'alpha', chat('alpha', 1));
    const { events, state } = collect(fleetEvents$({ redis: redis.url, group: 'g', consumer: 'c' }));
    await until(() => events.length === 5, 10_000, 'five events');
    expect(events.map((e) => e.type)).toEqual(['chat', 'error', 'error', 'error', 'chat']);
    const errors = events.flatMap((e) => (e.type === 'error' ? [e] : []));
    for (const e of errors) expect(e.error).toBeInstanceOf(FleetEntryError);
    expect(errors.map((e) => e.error.message)).toEqual([
      expect.stringMatching(/^Stream entry \d+-\d+ is not a fleet entry: its event is not JSON$/),
      expect.stringMatching(/the field "room" is missing/),
      expect.stringMatching(/its createTime "soon" is not a number/),
    ]);
    expect(errors[0]).toMatchObject({ room: 'alpha', entryId: expect.stringMatching(/^\d+-\d+$/) });
    expect(state.error).toBeUndefined();
    for (let i = 0; i < 50 && (await pending('g')) > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await pending('g')).toBe(0);
    // roomLog$ reports it in-band too.
    const log = await lastValueFrom(roomLog$(redis.url, 'alpha').pipe(toArray()));
    expect(log.map((e) => e.type)).toEqual(['chat', 'error', 'error', 'chat']);
  });

  it('a partition key holding another type: RedisWrongTypeError naming the key', { timeout: 20_000 }, async () => {
    await admin.sendCommand(['SET', keys.log(3), 'not a stream']);
    const { state } = collect(fleetEvents$({ redis: redis.url, group: 'g', consumer: 'c' }));
    await until(() => state.error !== undefined, 10_000, 'the error');
    expect(state.error).toBeInstanceOf(RedisWrongTypeError);
    expect((state.error as Error).message).toContain(keys.log(3));
    const room = Array.from({ length: 200 }, (_, i) => `r${i}`).find((r) => keys.partition(r) === 3)!;
    const log = collect(roomLog$(redis.url, room));
    await until(() => log.state.error !== undefined, 10_000, 'the roomLog$ error');
    expect(log.state.error).toBeInstanceOf(RedisWrongTypeError);
    // The group's own keys too: its members hash holding a string.
    await admin.sendCommand(['DEL', keys.log(3)]);
    await admin.sendCommand(['SET', keys.groupMembers('members'), 'not a hash']);
    const members = collect(fleetEvents$({ redis: redis.url, group: 'members', consumer: 'c' }));
    await until(() => members.state.error !== undefined, 10_000, 'the members error');
    expect(members.state.error).toBeInstanceOf(RedisWrongTypeError);
    expect((members.state.error as Error).message).toContain(keys.groupMembers('members'));
  });

  it('unreachable Redis and a wrong password: typed errors at once, no retry loop; the password never in a message', { timeout: 20_000 }, async () => {
    const port = await closedPort();
    const unreachable = collect(fleetEvents$({ redis: `redis://127.0.0.1:${port}`, group: 'g', consumer: 'c' }));
    await until(() => unreachable.state.error !== undefined, 15_000, 'the unreachable error');
    expect(unreachable.state.error).toBeInstanceOf(RedisUnavailableError);
    expect((unreachable.state.error as Error).message).toContain(`127.0.0.1:${port}`);

    const locked = await startRedisServer({ password: 'right-horse-battery' });
    try {
      const wrong = collect(fleetEvents$({ redis: `redis://:wrong-staple-7731@127.0.0.1:${locked.port}`, group: 'g', consumer: 'c' }));
      const none = collect(roomLog$(`redis://127.0.0.1:${locked.port}`, 'alpha'));
      await until(() => wrong.state.error !== undefined && none.state.error !== undefined, 15_000, 'the auth errors');
      expect(wrong.state.error).toBeInstanceOf(RedisAuthError);
      expect(none.state.error).toBeInstanceOf(RedisAuthError);
      expect((wrong.state.error as Error).message).not.toContain('wrong-staple-7731');
      expect(String((wrong.state.error as Error).stack)).not.toContain('wrong-staple-7731');
      // The right password reads.
      const ok = await lastValueFrom(roomLog$(locked.url, 'alpha').pipe(toArray()));
      expect(ok).toEqual([]);
    } finally {
      await locked.close();
    }
  });

  it('a fleet stored with another partition count: FleetConfigError', { timeout: 20_000 }, async () => {
    await admin.sendCommand(['HSET', keys.config, 'partitions', '4']);
    const { state } = collect(fleetEvents$({ redis: redis.url, group: 'g', consumer: 'c' }));
    await until(() => state.error !== undefined, 10_000, 'the error');
    expect(state.error).toBeInstanceOf(FleetConfigError);
    // The stored count reads.
    await writeEntry(admin, 'alpha', chat('alpha', 0), undefined, 4);
    const four = await firstValueFrom(fleetEvents$({ redis: redis.url, group: 'g', consumer: 'c', partitions: 4 }));
    expect(four).toMatchObject({ type: 'chat', room: 'alpha' });
  });

  it('bad options: InvalidArgumentError', async () => {
    for (const bad of [{ group: '' }, { consumer: 'has space' }, { leaseMs: -1 }, { leaseMs: 50 }, { rooms: 'alpha' as never }, { startAt: 'middle' as never }]) {
      const { state } = collect(fleetEvents$({ redis: redis.url, group: 'g', consumer: 'c', ...bad }));
      await until(() => state.error !== undefined, 5_000, 'the error');
      expect(state.error).toBeInstanceOf(InvalidArgumentError);
    }
  });
});
