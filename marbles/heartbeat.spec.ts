import { describe, expect, it } from 'vitest';
import { decodePushFrame, toNumber } from '../src/decoders/index.js';
import * as pb from '../src/decoders/generated/webcast.js';
import { StaleConnectionError } from '../src/errors.js';
import { heartbeat } from '../src/operators/pipeline/heartbeat.js';
import type { SocketEvent } from '../src/operators/pipeline/types.js';
import { newScheduler, signed } from './support.js';

/** Socket events whose send() records (virtual time, sendPacketSeqId). */
function events(scheduler: ReturnType<typeof newScheduler>) {
  const beats: Array<[number, number]> = [];
  const send = (bytes: Uint8Array) => {
    const frame = decodePushFrame(bytes);
    expect(frame.payloadType).toBe('hb');
    beats.push([scheduler.now(), toNumber(pb.HeartBeatMessage.decode(frame.payload).sendPacketSeqId)]);
  };
  const values: Record<string, SocketEvent> = {
    s: { type: 'signed', signed: signed() },
    o: { type: 'open', signed: signed(), send },
    f: { type: 'frame', data: new Uint8Array([1]), send },
  };
  return { beats, values };
}

describe('heartbeat', () => {
  it('beats at once and then every interval, and errors when the socket goes silent (the TSDoc diagram)', () => {
    const scheduler = newScheduler();
    const { beats, values } = events(scheduler);
    scheduler.run(({ cold, expectObservable }) => {
      const result = cold('-o--f-----f--------------', values).pipe(heartbeat({ interval: 5, staleAfterMs: 15 }));
      expectObservable(result).toBe('-o--f-----f--------------#', values, new StaleConnectionError(15));
    });
    expect(beats).toEqual([[1, 1], [6, 2], [11, 3], [16, 4], [21, 5]]);
  });

  it('unsubscribes from the socket when it goes silent, in the frame of the error', () => {
    const scheduler = newScheduler();
    const { values } = events(scheduler);
    scheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-f-^-o--f------', values);
      expectObservable(source.pipe(heartbeat({ interval: 5, staleAfterMs: 4 }))).toBe('--o--f---#', values, new StaleConnectionError(4));
      expectSubscriptions(source.subscriptions).toBe('^--------!');
    });
  });

  it('keeps a chatty socket alive: each frame rearms the watchdog', () => {
    const scheduler = newScheduler();
    const { values } = events(scheduler);
    scheduler.run(({ cold, expectObservable }) => {
      const source = cold('o-f-f-f-f-f-f-f-f-f-f', values);
      expectObservable(source.pipe(heartbeat({ interval: 4, staleAfterMs: 3 })), '^-------------------!').toBe('o-f-f-f-f-f-f-f-f-f-', values);
    });
  });

  it('counts sendPacketSeqId from 1 again on a new open', () => {
    const scheduler = newScheduler();
    const { beats, values } = events(scheduler);
    scheduler.run(({ cold, expectObservable }) => {
      expectObservable(cold('o-----o', values).pipe(heartbeat({ interval: 4, staleAfterMs: 0 })), '^---------!').toBe('o-----o---', values);
    });
    expect(beats).toEqual([[0, 1], [4, 2], [6, 1]]);
  });

  it('stops beating and unsubscribes from the socket when unsubscribed', () => {
    const scheduler = newScheduler();
    const { beats, values } = events(scheduler);
    scheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-o-^o-------', values);
      expectObservable(source.pipe(heartbeat({ interval: 2 })), '^-----!').toBe('-o-----', values);
      expectSubscriptions(source.subscriptions).toBe('^-----!');
    });
    expect(beats.map(([t]) => t)).toEqual([1, 3, 5]);
  });

  it('uses 10 s by default and a watchdog of 25 s', () => {
    const scheduler = newScheduler();
    const { beats, values } = events(scheduler);
    scheduler.run(({ cold, expectObservable }) => {
      expectObservable(cold('o', values).pipe(heartbeat())).toBe('o 24999ms #', values, new StaleConnectionError(25_000));
    });
    expect(beats.map(([t]) => t)).toEqual([0, 10_000, 20_000]);
  });

  it('passes a signed connection on without beating or watching: there is no socket yet', () => {
    const scheduler = newScheduler();
    const { beats, values } = events(scheduler);
    scheduler.run(({ cold, expectObservable }) => {
      // The sign server's answer came, the socket takes long to open: that is not a stale socket.
      expectObservable(cold('s 99ms o', values).pipe(heartbeat({ interval: 50, staleAfterMs: 20 }))).toBe('s 99ms o 19ms #', values, new StaleConnectionError(20));
    });
    expect(beats.map(([t]) => t)).toEqual([100]);
  });
});
