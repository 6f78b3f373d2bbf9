import { firstValueFrom, lastValueFrom, take, toArray } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError, liveRoom$, liveRoomFrames$, type LiveEvent, type RoomFrame } from '../src/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const msgIdsOf = (events: LiveEvent[]) => events.flatMap((e) => ('msgId' in e && e.msgId && e.type !== 'error' ? [e.msgId] : []));

describe('resumeFrom: one stream goes on where another stopped, over real sockets', () => {
  it('hands a room from liveRoomFrames$ to a fresh liveRoom$ with nothing lost and nothing twice', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'relay_race', traffic: { rate: 400 }, joinFrom: 'start' }] });
    const room = sim.room('relay_race');
    const options = { ...sim.clientOptions, fetchRoomInfo: false };
    // The first stream: 15 frames, then it stops (as a worker that is stopped or dies between frames).
    const frames: RoomFrame[] = await lastValueFrom(liveRoomFrames$('relay_race', options).pipe(take(15), toArray()));
    const first = frames.flatMap((f) => f.events);
    const resume = frames.at(-1)!.resume;
    expect(resume.cursor).not.toBe('');
    expect(resume.msgIds.at(-1)).toBe(msgIdsOf(first).at(-1));
    // The second starts from the stored state after the room went on without anyone watching.
    const before = room.sent().length;
    await until(() => room.sent().length > before + 100, 5_000, 'traffic while nobody watches');
    const second: LiveEvent[] = [];
    const sub = liveRoom$('relay_race', { ...options, resumeFrom: resume }).subscribe((e) => second.push(e));
    await until(() => msgIdsOf(second).length > 200, 10_000, 'the resumed stream');
    room.end();
    await until(() => second.at(-1)?.type === 'control', 10_000, 'the end of the LIVE');
    sub.unsubscribe();
    const both = [...msgIdsOf(first), ...msgIdsOf(second)];
    expect(both).toEqual(room.sent().map((m) => m.msgId));
    expect(second.some((e) => e.type === 'gap')).toBe(false);
  });

  it('resumeFrom is checked before any request', async () => {
    await expect(firstValueFrom(liveRoom$('x', { resumeFrom: { cursor: 1 } as never }))).rejects.toThrow(InvalidArgumentError);
    await expect(firstValueFrom(liveRoomFrames$('x', { resumeFrom: { cursor: '', internalExt: '', msgIds: [1] } as never }))).rejects.toThrow('resumeFrom must be');
  });
});
