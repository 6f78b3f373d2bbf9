import { BehaviorSubject, type Subscription } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { liveRooms$, UserOfflineError, type RoomsEvent } from '../src/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';

let sim: Simulator | undefined;
let sub: Subscription | undefined;
afterEach(async () => {
  sub?.unsubscribe();
  await sim?.close();
  sim = undefined;
});

describe('liveRooms$ against the simulator over real sockets', () => {
  it('streams three rooms as one, tagged, joining, leaving and failing one at a time', { timeout: 30_000 }, async () => {
    sim = await startSimulator({
      rooms: [
        { uniqueId: 'alpha', traffic: false },
        { uniqueId: 'bravo', traffic: false },
        { uniqueId: 'charlie', traffic: false, status: 'offline' },
      ],
    });
    const [alpha, bravo, charlie] = (['alpha', 'bravo', 'charlie'] as const).map((id) => sim!.room(id));
    const lists = new BehaviorSubject<string[]>(['@alpha', 'bravo']);
    const events: RoomsEvent[] = [];
    const state: { error?: unknown; complete: boolean } = { complete: false };
    sub = liveRooms$(lists, { ...sim.clientOptions, fetchRoomInfo: true, reconnectDelayMs: 10 }).subscribe({
      next: (e) => events.push(e),
      error: (e) => (state.error = e),
      complete: () => (state.complete = true),
    });
    const connected = (room: string) => events.some((e) => e.type === 'connected' && e.room === room);
    await until(() => connected('alpha') && connected('bravo') && alpha!.connections().some((c) => c.enteredRoom) && bravo!.connections().some((c) => c.enteredRoom), 10_000, 'two rooms up');

    // Each room's events come tagged with its own handle.
    alpha!.push({ type: 'chat', comment: 'from alpha' });
    bravo!.push({ type: 'chat', comment: 'from bravo' });
    const chats = () => events.flatMap((e) => (e.type === 'chat' ? [`${e.room}: ${e.comment}`] : []));
    await until(() => chats().length === 2, 10_000, 'the chats');
    expect(chats().sort()).toEqual(['alpha: from alpha', 'bravo: from bravo']);
    expect(events.find((e) => e.type === 'chat' && e.room === 'alpha')).toMatchObject({ roomId: alpha!.roomId });

    // A room that cannot stream is that room's roomError; the others go on.
    lists.next(['alpha', 'bravo', 'charlie']);
    await until(() => events.some((e) => e.type === 'roomError'), 10_000, "charlie's error");
    const failure = events.find((e) => e.type === 'roomError');
    expect(failure).toMatchObject({ room: 'charlie' });
    expect(failure?.type === 'roomError' && failure.error).toBeInstanceOf(UserOfflineError);
    expect(charlie!.connections()).toHaveLength(0);
    alpha!.push({ type: 'chat', comment: 'still here' });
    await until(() => chats().includes('alpha: still here'), 10_000, 'alpha after charlie failed');

    // Taking a room out of the list closes its socket only.
    lists.next(['bravo', 'charlie']);
    await until(() => alpha!.connections().length === 0, 10_000, "alpha's socket closed");
    expect(events.filter((e) => e.type === 'roomLeft')).toEqual([{ type: 'roomLeft', room: 'alpha', reason: 'removed' }]);
    alpha!.push({ type: 'chat', comment: 'nobody listens' });
    bravo!.push({ type: 'chat', comment: 'bravo goes on' });
    await until(() => chats().includes('bravo: bravo goes on'), 10_000, 'bravo after alpha left');
    expect(chats()).not.toContain('alpha: nobody listens');

    // The end of a LIVE ends its room; with the lists complete and no room left, the stream completes.
    bravo!.end();
    lists.complete();
    await until(() => state.complete, 10_000, 'completion');
    expect(state.error).toBeUndefined();
    expect(events.filter((e) => e.room === 'bravo').slice(-2).map((e) => e.type)).toEqual(['control', 'roomLeft']);
    expect(events.filter((e) => e.type === 'roomJoined').map((e) => e.room)).toEqual(['alpha', 'bravo', 'charlie']);
    // No event of one room carries another's room id.
    for (const room of [alpha!, bravo!]) {
      for (const e of events) if (e.room === room.uniqueId && 'roomId' in e) expect(e.roomId).toBe(room.roomId);
    }
  });
});
