import { describe, expect, it } from 'vitest';
import { encodeEvent, encodeMessageFrame, type WireEvent } from '../src/decoders/index.js';
import { ConnectionClosedError } from '../src/errors.js';
import { liveRoom$ } from '../src/sources/liveRoom.js';
import { RoomStats, roomStats$ } from '../src/sources/roomStats.js';
import { chat, fakeFactory, fetchResult, newScheduler, ROOM_ID, signed } from './support.js';

const at = (msgId: string, createTime: number): WireEvent => ({ ...chat(msgId), createTime });
const frame = (events: WireEvent[]) => encodeMessageFrame({ messages: events.map(encodeEvent), cursor: 'c', internalExt: 'e' }, { logId: 1, gzip: true });

describe('RoomStats', () => {
  it('emits a snapshot every intervalMs (the TSDoc diagram)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const stats = new RoomStats({ scheduler });
      expectObservable(roomStats$(stats, { intervalMs: 4, scheduler }), '^-------------!').toBe('----s---s---s-', { s: expect.objectContaining({ events: 0, connected: false }) });
    });
  });

  it('counts what liveRoom$ does: events and their rate, frames and bytes, heartbeats and their gaps, lag, reconnects and the last error', () => {
    const scheduler = newScheduler();
    // createTime travels in seconds: 1 arrives as 1,000 ms.
    const frames = [frame([at('11', 0), at('12', 0)]), frame([at('13', 1)])];
    const { factory, sockets } = fakeFactory((socket) => {
      scheduler.schedule(() => socket.handlers.open(), 1);
      if (sockets.length === 1) {
        scheduler.schedule(() => socket.handlers.message(frames[0]!), 2);
        scheduler.schedule(() => socket.handlers.message(frames[1]!), 1501);
        scheduler.schedule(() => socket.handlers.close(1006, 'network'), 2200);
      }
    });
    const stats = new RoomStats({ scheduler, windowMs: 3000 });
    const snapshots: Record<number, ReturnType<RoomStats['snapshot']>> = {};
    scheduler.run(() => {
      const provider = () => scheduler.createColdObservable('(s|)', { s: signed({ fetchResult: fetchResult() }) });
      const sub = liveRoom$('', { roomId: ROOM_ID, fetchRoomInfo: false, scheduler, random: () => 0.5, signProvider: provider, webSocketFactory: factory, heartbeatInterval: 1000, reconnectDelayMs: 100, stats }).subscribe();
      for (const t of [1600, 2250, 2400]) scheduler.schedule(() => (snapshots[t] = stats.snapshot()), t);
      scheduler.schedule(() => sub.unsubscribe(), 2500);
    });
    expect(snapshots[1600]).toMatchObject({
      connected: true,
      attempt: 1,
      events: 3,
      // 3 events since the first at 2 ms: 3 / 1.598 s.
      eventsPerSecond: 1.88,
      frames: 2,
      bytes: frames[0]!.length + frames[1]!.length,
      heartbeats: 2, // at 1 and 1001
      lastHeartbeatAt: 1001,
      heartbeatGapMs: 1000,
      maxHeartbeatGapMs: 1000,
      lagMs: 501, // the last event, created at 1000, arrived at 1501
      lastEventAt: 1501,
      reconnects: 0,
      lastError: undefined,
    });
    expect(snapshots[2250]).toMatchObject({ connected: false, reconnects: 1, lastError: { code: 'CLOSE_1006', message: 'network', at: 2200 } });
    // After the reconnect the first beat of the new socket starts a new count: no gap across connections.
    expect(snapshots[2400]).toMatchObject({ connected: true, attempt: 2, heartbeats: 4, lastHeartbeatAt: 2301, heartbeatGapMs: 1000, maxHeartbeatGapMs: 1000 });
  });

  it('forgets events older than its window in the rate, and records a terminal error', () => {
    const scheduler = newScheduler();
    const stats = new RoomStats({ scheduler, windowMs: 2000 });
    scheduler.run(() => {
      scheduler.schedule(() => stats.recordEvent(at('1', 0)), 0);
      scheduler.schedule(() => stats.recordEvent(at('2', 0)), 500);
      scheduler.schedule(() => stats.recordEvent(at('3', 0)), 2500);
      scheduler.schedule(() => stats.recordEvent({ type: 'gap', roomId: ROOM_ID, missed: 40 }), 2600);
      scheduler.schedule(() => stats.recordEnd(new ConnectionClosedError(1006, 'gone')), 2700);
    });
    expect(stats.snapshot()).toMatchObject({ events: 3, eventsPerSecond: 0.5, gaps: 1, missed: 40, connected: false, lastError: { code: 'CONNECTION_CLOSED', at: 2700 } });
  });
});
