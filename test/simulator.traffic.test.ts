import { afterEach, describe, expect, it } from 'vitest';
import { decodeMessage, encodeEvent, REGISTERED_EVENT_TYPES, type WireEvent } from '../src/decoders/index.js';
import type { EventOf } from '../src/operators/pipeline/events.js';
import { startSimulator, TrafficGenerator, type RealFramesFile, type Simulator } from '../src/simulator/index.js';
import { EVENTS_DIR, readCapture } from './support/realframes.js';
import { pushUrl, RawClient, signConnect, until } from './support/rawClient.js';

const ROOM = '7291268239881964294';
const run = (seed: number, n: number) => {
  const g = new TrafficGenerator({ seed, roomId: ROOM });
  return Array.from({ length: n }, (_, i) => g.next(1_700_000_000_000 + i));
};

describe('traffic generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(run(7, 500)).toEqual(run(7, 500));
    expect(run(8, 500)).not.toEqual(run(7, 500));
  });

  it('covers every event type, including pause/unpause and unknown methods', () => {
    const events = run(3, 20_000);
    const types = new Set(events.map((e) => e.type));
    expect([...types].sort()).toEqual([...REGISTERED_EVENT_TYPES, 'unknown'].sort());
    const controls = events.filter((e): e is EventOf<'control'> => e.type === 'control').map((c) => c.action);
    expect(new Set(controls)).toEqual(new Set([1, 2]));
    expect(controls.every((a, i) => a === (i % 2 === 0 ? 1 : 2))).toBe(true); // pause then unpause, alternating
  });

  it('produces gift streaks: repeatCount rises by group, repeatEnd only on the last, single gifts never combo', () => {
    const gifts = run(11, 30_000).filter((e): e is EventOf<'gift'> => e.type === 'gift');
    const streaks = new Map<string, EventOf<'gift'>[]>();
    for (const g of gifts.filter((g) => g.giftType === 1)) streaks.set(g.groupId, [...(streaks.get(g.groupId) ?? []), g]);
    const ended = [...streaks.values()].filter((s) => s.at(-1)!.repeatEnd);
    expect(ended.length).toBeGreaterThan(100);
    expect(ended.some((s) => s.length >= 4 && s.at(-1)!.repeatCount > 3)).toBe(true);
    for (const s of streaks.values()) {
      for (let i = 1; i < s.length; i++) expect(s[i]!.repeatCount).toBeGreaterThanOrEqual(s[i - 1]!.repeatCount);
      s.slice(0, -1).forEach((g) => expect(g.repeatEnd).toBe(false));
      expect(new Set(s.map((g) => g.user.userId)).size).toBe(1);
    }
    const single = gifts.filter((g) => g.giftType !== 1);
    expect(single.length).toBeGreaterThan(0);
    for (const g of single) expect(g).toMatchObject({ repeatCount: 1, repeatEnd: false, combo: false });
  });

  it('runs battles: start, armies score updates, then an end with results', () => {
    const battles = run(5, 30_000).filter((e) => e.type === 'battle' || e.type === 'battleArmies');
    const first = battles.findIndex((e) => e.type === 'battle');
    const start = battles[first] as EventOf<'battle'>;
    expect(start).toMatchObject({ status: 1, action: 4 });
    const end = battles.slice(first + 1).find((e): e is EventOf<'battle'> => e.type === 'battle')!;
    expect(end).toMatchObject({ status: 2, action: 5, battleId: start.battleId });
    expect(end.teams.map((t) => t.result).sort()).toEqual(end.teams[0]!.score === end.teams[1]!.score ? [2, 2] : [0, 1]);
    const updates = battles.filter((e): e is EventOf<'battleArmies'> => e.type === 'battleArmies' && e.battleId === start.battleId);
    expect(updates.length).toBeGreaterThanOrEqual(6);
    const total = (u: EventOf<'battleArmies'>) => u.teams.reduce((n, t) => n + t.score, 0);
    for (let i = 1; i < updates.length; i++) expect(total(updates[i]!)).toBeGreaterThan(total(updates[i - 1]!));
  });

  it('every generated event survives the wire unchanged', () => {
    for (const event of run(13, 3000)) {
      const raw = encodeEvent(event);
      const back = decodeMessage(raw.method, raw.payload, { msgId: raw.msgId });
      if (event.type === 'unknown') expect(back).toMatchObject({ type: 'unknown', msgId: event.msgId, method: event.method });
      else expect(back).toEqual(event);
    }
  });

  it('gives unique, increasing msgIds', () => {
    const ids = run(2, 5000).map((e) => BigInt(e.msgId));
    for (let i = 1; i < ids.length; i++) expect(ids[i]!).toBeGreaterThan(ids[i - 1]!);
  });
});

describe('rooms playing traffic', () => {
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  async function watch(uniqueId: string) {
    const room = sim!.room(uniqueId);
    const signed = await signConnect(sim!, room.roomId);
    const c = new RawClient(pushUrl(signed), room.roomId, { heartbeatMs: 200 });
    await c.opened;
    return { room, c };
  }

  it('generates at the configured rate (10,000 events/s) and stops at a limit with the end of the LIVE', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'fast', traffic: { rate: 10_000, limit: 20_000, endAfterLimit: true } }] });
    // Before the room is activated (by the client's first request): generation can only be later than this.
    const t0 = performance.now();
    const { room, c } = await watch('fast');
    await until(() => room.sent().length >= 5_000, 10_000, '5,000 events');
    const seconds = (performance.now() - t0) / 1000;
    // Generation follows the clock: 5,000 events at 10,000/s take about half a second, never much less
    // (a starved process catches up in bursts, but never past rate × time since activation).
    expect(seconds).toBeGreaterThan(0.3);
    await until(() => room.status === 'offline', 20_000, 'the end after the limit');
    expect(room.sent()).toHaveLength(20_001);
    expect(room.sent().at(-1)).toMatchObject({ type: 'control' });
    await until(() => c.events.length === 20_001, 20_000, 'every event delivered');
    expect(c.events.map((e) => e.msgId)).toEqual(room.sent().map((s) => s.msgId));
    c.ws.terminate();
  });

  it('plays a scripted scenario in order, filling in what an event leaves out', async () => {
    sim = await startSimulator({
      rooms: [
        {
          uniqueId: 'scripted',
          traffic: false,
          scenario: [
            { at: 0, event: { type: 'chat', comment: 'scripted hello' } },
            { at: 20, traffic: 'gift', count: 3 },
            { at: 40, control: 1 },
            { at: 60, end: true },
          ],
        },
      ],
    });
    const room = sim.room('scripted');
    const { c } = await watch('scripted');
    await until(() => room.status === 'offline', 3000, 'scenario end');
    expect(room.sent().map((s) => s.type)).toEqual(['chat', 'gift', 'gift', 'gift', 'control', 'control']);
    await until(() => c.events.length === 6, 3000, 'scenario events delivered');
    expect(c.events[0]).toMatchObject({ type: 'chat', comment: 'scripted hello', user: { uniqueId: expect.stringMatching(/\w+_\d+/) } });
    expect(c.events.slice(4).map((e) => (e as EventOf<'control'>).action)).toEqual([1, 3]);
    c.ws.terminate();
  });

  it('replays real captured payloads from a realframes file', async () => {
    const file = readCapture(`${EVENTS_DIR}EventsCollector_jw.json`) as RealFramesFile;
    const total = Object.values(file as Record<string, unknown[]>).reduce((n, a) => n + a.length, 0);
    sim = await startSimulator({ rooms: [{ uniqueId: 'replay', traffic: { rate: 2000 }, realFrames: file }] });
    const { room, c } = await watch('replay');
    await until(() => c.events.length === total, 25_000, 'every real payload');
    const byMethod = new Map<string, number>();
    for (const e of c.events) byMethod.set(e.method, (byMethod.get(e.method) ?? 0) + 1);
    for (const [method, entries] of Object.entries(file as Record<string, unknown[]>)) expect(byMethod.get(method), method).toBe(entries.length);
    expect(c.events.map((e) => e.msgId)).toEqual(room.sent().map((s) => s.msgId));
    expect(c.events.every((e: WireEvent) => e.type !== 'unknown' || !['WebcastChatMessage', 'WebcastGiftMessage'].includes(e.method))).toBe(true);
    c.ws.terminate();
  });
});

describe('bounded history', () => {
  it('keeps at most historySize (plus a small slack) messages, and resumes from the oldest it still has', async () => {
    const s = await startSimulator({ historySize: 100, rooms: [{ uniqueId: 'short_memory', traffic: false }] });
    try {
      const room = s.room('short_memory');
      room.emit('chat', 1000);
      expect(room.sent().length).toBeGreaterThanOrEqual(100);
      expect(room.sent().length).toBeLessThanOrEqual(116);
      expect(room.sent().at(-1)!.seq).toBe(1000);
      expect(room.firstSeq).toBe(room.endSeq - room.sent().length);
      // A cursor older than the history resumes from the oldest message kept.
      expect(room.positionFor('1_0_1_1', 'seq:0')).toBe(room.firstSeq);
    } finally {
      await s.close();
    }
  });
});
