import { map, timer } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { SignedConnection, SignRequest } from '../src/api/sign.js';
import { encodeEvent, encodeMessageFrame } from '../src/decoders/index.js';
import type { LiveEvent } from '../src/operators/pipeline/events.js';
import { ConnectionClosedError, HandshakeRejectedError, InvalidArgumentError, ReconnectExhaustedError, SignAuthError } from '../src/errors.js';
import { liveRoom$, type LiveRoomOptions } from '../src/sources/liveRoom.js';
import { chat, control, fakeFactory, fetchResult, newScheduler, parseDiagram, recordWithPromises, ROOM_ID, signed, type FakeSocket } from './support.js';

const frame = (ids: string[], cursor: string) =>
  encodeMessageFrame({ messages: ids.map((id) => encodeEvent(chat(id))), cursor, internalExt: `ext-${cursor}` }, { logId: 1, gzip: true });
/** The letters of liveRoom$'s TSDoc diagram. */
const LETTERS: Partial<Record<LiveEvent['type'], string>> = { roomInfo: 'R', connected: 'C', disconnected: 'D', control: 'X' };
const letter = (e: LiveEvent): string => LETTERS[e.type] ?? 'e';
const label = (e: LiveEvent): string => ('msgId' in e ? String(e.msgId) : e.type === 'disconnected' ? `D${e.attempt}` : e.type === 'connected' ? `C${e.attempt}` : e.type);

/** Runs liveRoom$ in virtual time and returns [frame, label] of everything it emitted. */
function record(scheduler: ReturnType<typeof newScheduler>, options: LiveRoomOptions, until = 1000): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  scheduler.run(() => {
    const sub = liveRoom$('', { roomId: ROOM_ID, fetchRoomInfo: false, random: () => 0.5, scheduler, ...options }).subscribe({
      next: (e) => out.push([scheduler.now(), label(e)]),
      error: (err: Error) => out.push([scheduler.now(), `error:${err.name}`]),
      complete: () => out.push([scheduler.now(), 'complete']),
    });
    scheduler.schedule(() => sub.unsubscribe(), until);
  });
  return out;
}

describe('liveRoom$ in virtual time (fake sign server and sockets)', () => {
  it('resolves, connects, reconnects with what it missed and ends with the LIVE (the TSDoc diagram)', async () => {
    const scheduler = newScheduler();
    // The room info answers 2 frames after it is asked for (a promise, so not in run mode: see recordWithPromises).
    const roomInfo = { status_code: 0, data: { status: 2, owner: { id_str: '1', display_id: 'someone' } } };
    const fakeFetch = () =>
      new Promise((resolve) => {
        const body = new TextEncoder().encode(JSON.stringify(roomInfo));
        scheduler.schedule(() => resolve({ status: 200, url: '', headers: new Headers({ 'content-type': 'application/json' }), arrayBuffer: async () => body.buffer }), 2);
      });
    // The sign server answers in 1 frame; on the reconnect its fetch replays 13 (delivered) and holds 14 (missed).
    let calls = 0;
    const provider = () => {
      calls += 1;
      const result = calls === 1 ? fetchResult({ cursor: 'c10' }) : fetchResult({ cursor: 'c14', messages: ['13', '14'].map((id) => ({ ...encodeEvent(chat(id)), isHistory: false })) });
      return timer(1, scheduler).pipe(map(() => signed({ fetchResult: result })));
    };
    // Each socket opens in 2 frames; the first delivers 11, 12, 13 and drops; the second delivers 15, 16 and the end.
    const { factory, sockets } = fakeFactory((socket) => {
      const at = (delay: number, deliver: () => void) => scheduler.schedule(deliver, delay);
      at(2, () => socket.handlers.open());
      if (sockets.length === 1) {
        for (const [delay, id] of [[5, '11'], [7, '12'], [9, '13']] as const) at(delay, () => socket.handlers.message(frame([id], `c${id}`)));
        at(12, () => socket.handlers.close(1006, 'network'));
      } else {
        for (const [delay, id] of [[5, '15'], [7, '16']] as const) at(delay, () => socket.handlers.message(frame([id], `c${id}`)));
        at(10, () => socket.handlers.message(encodeMessageFrame({ messages: [encodeEvent(control('17', 3))], cursor: 'c17', internalExt: 'x' }, { logId: 2 })));
      }
    });
    const room$ = liveRoom$('', { roomId: ROOM_ID, fetch: fakeFetch as never, random: () => 0.5, scheduler, signProvider: provider, webSocketFactory: factory, reconnectDelayMs: 2 });
    const recorded = await recordWithPromises(scheduler, room$.pipe(map(letter)), 100);
    expect(recorded).toEqual(parseDiagram('--R--C--e-e-e--D--e-C--e-e--(X|)', { R: 'R', C: 'C', e: 'e', D: 'D', X: 'X' }));
  });

  it('reconnects after a drop, resumes from the last cursor and delivers nothing twice', () => {
    const scheduler = newScheduler();
    const requests: SignRequest[] = [];
    const { factory, sockets } = fakeFactory((socket) => {
      scheduler.schedule(() => socket.handlers.open(), 1);
      if (sockets.length === 1) {
        scheduler.schedule(() => socket.handlers.message(frame(['11', '12'], 'c12')), 2);
        scheduler.schedule(() => socket.handlers.close(1006, 'network'), 3);
      } else {
        scheduler.schedule(() => socket.handlers.message(frame(['13', '14'], 'c14')), 2);
        scheduler.schedule(() => socket.handlers.message(encodeMessageFrame({ messages: [encodeEvent(control('15', 3))], cursor: 'c15', internalExt: 'x' }, { logId: 2 })), 3);
      }
    });
    const provider = (req: SignRequest) => {
      requests.push(req);
      // The resumed fetch replays 12 (already delivered) and 13 (missed).
      const result = requests.length === 1 ? fetchResult({ cursor: 'c10' }) : fetchResult({ cursor: 'c13', messages: ['12', '13'].map((id) => ({ ...encodeEvent(chat(id)), isHistory: false })) });
      return scheduler.createColdObservable('-(s|)', { s: signed({ fetchResult: result }) });
    };
    const out = record(scheduler, { signProvider: provider, webSocketFactory: factory, reconnectDelayMs: 10 });
    expect(out).toEqual([
      [2, 'C1'],
      [3, '11'],
      [3, '12'],
      [4, 'D1'],
      // The resumed fetch's events come as soon as it is signed, before its socket opens.
      [15, '13'],
      [16, 'C2'],
      [17, '14'],
      [18, '15'],
      [18, 'complete'],
    ]);
    expect(requests.map((r) => [r.cursor, r.internalExt])).toEqual([
      ['', ''],
      ['c12', 'ext-c12'],
    ]);
    expect(sockets[1]!.closed).toEqual([[1000, 'client closed']]);
  });

  it('ends with a terminal sign error at once, without retrying', () => {
    const scheduler = newScheduler();
    let calls = 0;
    const provider = () => {
      calls += 1;
      return scheduler.createColdObservable<SignedConnection>('--#', undefined, new SignAuthError());
    };
    expect(record(scheduler, { signProvider: provider, webSocketFactory: fakeFactory().factory })).toEqual([[2, 'error:SignAuthError']]);
    expect(calls).toBe(1);
  });

  it('gives up after maxReconnectAttempts with ReconnectExhaustedError', () => {
    const scheduler = newScheduler();
    const { factory } = fakeFactory((socket: FakeSocket) => scheduler.schedule(() => socket.handlers.error(new ConnectionClosedError(1006, 'refused')), 1));
    const provider = () => scheduler.createColdObservable('(s|)', { s: signed() });
    const out = record(scheduler, { signProvider: provider, webSocketFactory: factory, maxReconnectAttempts: 2, reconnectDelayMs: 5 });
    expect(out).toEqual([
      [1, 'D1'],
      [7, 'D2'],
      [18, 'D3'],
      [18, 'error:ReconnectExhaustedError'],
    ]);
    expect(new ReconnectExhaustedError(2).retryable).toBe(false);
  });

  it('detects a stalled socket with the watchdog and reconnects', () => {
    const scheduler = newScheduler();
    const { factory, sockets } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.open(), 1));
    const provider = () => scheduler.createColdObservable('(s|)', { s: signed() });
    const out = record(scheduler, { signProvider: provider, webSocketFactory: factory, heartbeatInterval: 4, staleAfterMs: 10, reconnectDelayMs: 5 }, 30);
    expect(out).toEqual([
      [1, 'C1'],
      [11, 'D1'],
      [17, 'C2'],
      [27, 'D1'],
    ]);
    // The stale socket is closed when its attempt is torn down.
    expect(sockets[0]!.closed).toEqual([[1000, 'client closed']]);
  });

  it('reconnects when a frame carries more than maxMessagesPerFrame messages', () => {
    const scheduler = newScheduler();
    const { factory } = fakeFactory((socket) => {
      scheduler.schedule(() => socket.handlers.open(), 1);
      scheduler.schedule(() => socket.handlers.message(frame(['11', '12', '13'], 'c13')), 2);
    });
    const provider = () => scheduler.createColdObservable('-(s|)', { s: signed({ fetchResult: fetchResult({ cursor: 'c10' }) }) });
    const out = record(scheduler, { signProvider: provider, webSocketFactory: factory, reconnectDelayMs: 10, maxMessagesPerFrame: 2 }, 15);
    expect(out).toEqual([
      [2, 'C1'],
      [3, 'D1'],
    ]);
  });

  it('rejects bad arguments before any request', () => {
    const scheduler = newScheduler();
    let calls = 0;
    const provider = () => {
      calls += 1;
      return scheduler.createColdObservable('(s|)', { s: signed() });
    };
    expect(record(scheduler, { roomId: 'abc', signProvider: provider })).toEqual([[0, 'error:InvalidArgumentError']]);
    let error: unknown;
    liveRoom$('not a name!', { signProvider: provider }).subscribe({ error: (e) => (error = e) });
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toMatch(/is not a TikTok username/);
    for (const maxFrameBytes of [0, -5, Number.NaN]) {
      expect(record(newScheduler(), { maxFrameBytes, signProvider: provider }), String(maxFrameBytes)).toEqual([[0, 'error:InvalidArgumentError']]);
    }
    for (const maxMessagesPerFrame of [0, -5, Number.NaN]) {
      expect(record(newScheduler(), { maxMessagesPerFrame, signProvider: provider }), String(maxMessagesPerFrame)).toEqual([[0, 'error:InvalidArgumentError']]);
    }
    expect(calls).toBe(0);
  });

  it('delivers the end of the LIVE that a resumed fetch carries even though the socket is then refused', () => {
    const scheduler = newScheduler();
    const refused = new HandshakeRejectedError(410, 'room is not alive');
    const { factory, sockets } = fakeFactory((socket) => {
      if (sockets.length > 1) return scheduler.schedule(() => socket.handlers.error(refused), 1);
      scheduler.schedule(() => socket.handlers.open(), 1);
      scheduler.schedule(() => socket.handlers.close(1006, 'network'), 3);
    });
    let calls = 0;
    const provider = () => {
      calls += 1;
      // While the client was away the LIVE ended: the resumed fetch holds one missed chat and the end.
      const result = calls === 1 ? fetchResult({ cursor: 'c10' }) : fetchResult({ cursor: 'c12', messages: [chat('11'), control('12', 3)].map((e) => ({ ...encodeEvent(e), isHistory: false })) });
      return scheduler.createColdObservable('-(s|)', { s: signed({ fetchResult: result }) });
    };
    const out = record(scheduler, { signProvider: provider, webSocketFactory: factory, reconnectDelayMs: 10 });
    expect(out).toEqual([
      [2, 'C1'],
      [4, 'D1'],
      [15, '11'],
      [15, '12'],
      [15, 'complete'],
    ]);
    // The end arrived before the push socket was needed: none was opened for it.
    expect(sockets).toHaveLength(1);
  });

  it('keeps the first fetch (its events and its cursor) when the first handshake is rejected', () => {
    const scheduler = newScheduler();
    const requests: SignRequest[] = [];
    const { factory, sockets } = fakeFactory((socket) => {
      if (sockets.length === 1) scheduler.schedule(() => socket.handlers.error(new HandshakeRejectedError(200, 'DEVICE_BLOCKED')), 1);
      else scheduler.schedule(() => socket.handlers.open(), 1);
    });
    const provider = (req: SignRequest) => {
      requests.push(req);
      const result = requests.length === 1 ? fetchResult({ cursor: 'c2', internalExt: 'e2', messages: [chat('1'), chat('2')].map((e) => ({ ...encodeEvent(e), isHistory: false })) }) : fetchResult({ cursor: 'c3', internalExt: 'e3', messages: [chat('3')].map((e) => ({ ...encodeEvent(e), isHistory: false })) });
      return scheduler.createColdObservable('(s|)', { s: signed({ fetchResult: result }) });
    };
    const out = record(scheduler, { signProvider: provider, webSocketFactory: factory, reconnectDelayMs: 10 }, 30);
    expect(out).toEqual([
      [0, '1'],
      [0, '2'],
      [1, 'D1'],
      [11, '3'],
      [12, 'C2'],
    ]);
    expect(requests.map((r) => [r.cursor, r.internalExt])).toEqual([
      ['', ''],
      ['c2', 'e2'],
    ]);
  });

  it('counts attempts through sign-server batches: only an open socket proves a healthy connection', () => {
    const scheduler = newScheduler();
    const { factory } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.error(new HandshakeRejectedError(410, 'room is not alive')), 1));
    let calls = 0;
    const provider = () => {
      calls += 1;
      return scheduler.createColdObservable('(s|)', { s: signed({ fetchResult: fetchResult({ messages: [{ ...encodeEvent(chat(String(calls))), isHistory: false }] }) }) });
    };
    const out = record(scheduler, { signProvider: provider, webSocketFactory: factory, maxReconnectAttempts: 2, reconnectDelayMs: 5 });
    expect(out.map(([, l]) => l)).toEqual(['1', 'D1', '2', 'D2', '3', 'D3', 'error:ReconnectExhaustedError']);
  });

  it('tells of a gap when the resumed fetch starts past what the server still holds', () => {
    const scheduler = newScheduler();
    const { factory, sockets } = fakeFactory((socket) => {
      scheduler.schedule(() => socket.handlers.open(), 1);
      if (sockets.length === 1) scheduler.schedule(() => socket.handlers.close(1006, 'network'), 2);
    });
    let calls = 0;
    const provider = () => {
      calls += 1;
      const result =
        calls === 1
          ? fetchResult({ cursor: 'c5', internalExt: 'fetch_time:1|seq:5|next_cursor:c5' })
          : fetchResult({ cursor: 'c60', internalExt: 'fetch_time:2|seq:60|next_cursor:c60', messages: [chat('59'), chat('60')].map((e) => ({ ...encodeEvent(e), isHistory: false })) });
      return scheduler.createColdObservable('(s|)', { s: signed({ fetchResult: result }) });
    };
    const events: LiveEvent[] = [];
    scheduler.run(() => {
      const sub = liveRoom$('', { roomId: ROOM_ID, fetchRoomInfo: false, random: () => 0.5, scheduler, signProvider: provider, webSocketFactory: factory, reconnectDelayMs: 10 }).subscribe((e) => events.push(e));
      scheduler.schedule(() => sub.unsubscribe(), 100);
    });
    expect(events.map(label)).toEqual(['C1', 'D1', 'gap', '59', '60', 'C2']);
    // Held up to 5; the batch of two ends at 60, so it starts at 59: 6..58 are gone.
    expect(events[2]).toEqual({ type: 'gap', roomId: ROOM_ID, missed: 53 });
  });
});
