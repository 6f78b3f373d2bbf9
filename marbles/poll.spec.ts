import { map, of, throwError, timer, type Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { SignedConnection, SignRequest } from '../src/api/sign.js';
import { encodeEvent } from '../src/decoders/index.js';
import { HandshakeRejectedError, InvalidArgumentError, NetworkError, SignAuthError, SignRateLimitError, SignServerError } from '../src/errors.js';
import { decode } from '../src/operators/pipeline/decode.js';
import type { LiveEvent } from '../src/operators/pipeline/events.js';
import { MAX_POLL_INTERVAL_MS, MIN_POLL_INTERVAL_MS, poll, pollInterval, watchSocketOpens } from '../src/operators/pipeline/poll.js';
import { createResumeState, type SocketEvent } from '../src/operators/pipeline/types.js';
import { liveRoom$, type LiveRoomOptions } from '../src/sources/liveRoom.js';
import { chat, control, fakeFactory, fetchResult, newScheduler, ROOM_ID, signed } from './support.js';

const request = (cursor = ''): SignRequest => ({ roomId: ROOM_ID, uniqueId: 'someone', cursor, internalExt: '', cookies: { ttwid: 't' } });
const label = map((e: SocketEvent) => (e.type === 'signed' ? `S${e.signed.fetchResult.cursor}` : e.type === 'open' ? `o:${e.transport}` : 'f'));

/** The k-th poll's answer (from 1): messages `ids`, cursor `c{k}`, internal_ext naming its position. */
function answer(k: number, ids: string[] = [], fetchInterval = 300): SignedConnection {
  const messages = ids.map((id) => ({ ...encodeEvent(ids.includes('end') && id === 'end' ? control('99', 3) : chat(id)), isHistory: false }));
  return signed({ fetchResult: fetchResult({ cursor: `c${k}`, internalExt: `e${k}`, fetchInterval, messages }) });
}

describe('poll', () => {
  it('polls again after the fetchInterval each result asks, from where the last ended (the TSDoc diagram, 100 ms a character)', () => {
    const scheduler = newScheduler();
    const requests: SignRequest[] = [];
    scheduler.run(({ cold, expectObservable }) => {
      const provider = (req: SignRequest) => {
        requests.push(req);
        return timer(100, scheduler).pipe(map(() => answer(requests.length)));
      };
      // Each answer comes 100 ms after its request and asks for 300 ms: polls at 0, 400, 800, 1200.
      const result = cold('r', { r: request() }).pipe(poll(provider, { scheduler }), label);
      expectObservable(result, '^ 1400ms !').toBe('100ms (So) 396ms T 399ms U 399ms V', { S: 'Sc1', o: 'o:polling', T: 'Sc2', U: 'Sc3', V: 'Sc4' });
    });
    expect(requests.map((r) => r.cursor)).toEqual(['', 'c1', 'c2', 'c3']);
    expect(requests.map((r) => r.internalExt)).toEqual(['', 'e1', 'e2', 'e3']);
  });

  it('waits what TikTok asks, within 250 ms … 10 s, and 1 s when it asks nothing', () => {
    expect([pollInterval(0), pollInterval(-5), pollInterval(Number.NaN), pollInterval(1), pollInterval(700), pollInterval(3_600_000)]).toEqual([
      1000,
      1000,
      1000,
      MIN_POLL_INTERVAL_MS,
      700,
      MAX_POLL_INTERVAL_MS,
    ]);
    for (const [asked, waited] of [
      [10, 250],
      [60_000, 10_000],
    ] as const) {
      const scheduler = newScheduler();
      scheduler.run(({ cold, expectObservable }) => {
        const result = cold('r', { r: request() }).pipe(poll(() => of(answer(1, [], asked)), { scheduler }), label);
        expectObservable(result, `^ ${waited}ms !`).toBe(`(So) ${waited - 4}ms S`, { S: 'Sc1', o: 'o:polling' });
      });
    }
  });

  it("keeps the cookies a poll's answer set, and the last cursor when an answer names none", () => {
    const scheduler = newScheduler();
    const requests: SignRequest[] = [];
    scheduler.run(({ cold }) => {
      const provider = (req: SignRequest) => {
        requests.push(req);
        return of(requests.length === 1 ? signed({ cookies: { ttwid: 't2', msToken: 'm' }, fetchResult: fetchResult({ cursor: 'c1', internalExt: 'e1' }) }) : signed({ fetchResult: fetchResult({ cursor: '', internalExt: '' }) }));
      };
      const sub = cold('r', { r: request() }).pipe(poll(provider, { scheduler })).subscribe();
      scheduler.schedule(() => sub.unsubscribe(), 2500);
    });
    expect(requests.map((r) => [r.cursor, r.internalExt, r.cookies])).toEqual([
      ['', '', { ttwid: 't' }],
      ['c1', 'e1', { ttwid: 't2', msToken: 'm' }],
      ['c1', 'e1', { ttwid: 't' }],
    ]);
  });

  it("errors with the provider's error, and a typed one when the provider answers nothing; unsubscribing cancels the wait", () => {
    const scheduler = newScheduler();
    let calls = 0;
    scheduler.run(({ cold, expectObservable }) => {
      const failing = (): Observable<SignedConnection> => (++calls === 1 ? of(answer(1)) : throwError(() => new NetworkError('reset', 'h', 'Connection reset')));
      expectObservable(cold('r', { r: request() }).pipe(poll(failing, { scheduler }), label)).toBe('(So) 296ms #', { S: 'Sc1', o: 'o:polling' }, new NetworkError('reset', 'h', 'Connection reset'));
      expectObservable(cold('r', { r: request() }).pipe(poll(() => [], { scheduler }))).toBe('#', undefined, new SignServerError('The sign provider answered a poll with no fetch result'));
    });
    let polls = 0;
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('r', { r: request() }).pipe(poll(() => (polls++, of(answer(1))), { scheduler }), label), '^ 100ms !').toBe('(So)', { S: 'Sc1', o: 'o:polling' });
    });
    expect(polls).toBe(1);
  });

  it('feeds decode as a socket would: each answer a batch, connected once, marked polling', () => {
    const scheduler = newScheduler();
    let k = 0;
    scheduler.run(({ cold, expectObservable }) => {
      const provider = () => {
        k += 1;
        return of(answer(k, k === 1 ? ['1'] : k === 2 ? [] : [String(k)]));
      };
      const state = createResumeState();
      state.attempt = 1;
      const result = cold('r', { r: request() }).pipe(poll(provider, { scheduler }), decode({ state }));
      expectObservable(result, '^ 700ms !').toBe('(bc) 596ms d', {
        b: { type: 'batch', events: [chat('1')] },
        c: { type: 'connected', roomId: ROOM_ID, attempt: 1, transport: 'polling' },
        d: { type: 'batch', events: [chat('3')] },
      });
    });
  });
});

describe('watchSocketOpens', () => {
  it('counts sockets in a row that failed before opening, not those the client closed or that opened', () => {
    const { factory, sockets } = fakeFactory();
    const watch = watchSocketOpens(factory);
    const handlers = { open() {}, message() {}, close() {}, error() {} };
    watch.factory('ws://a', { headers: {} }, handlers);
    sockets[0]!.handlers.error(new HandshakeRejectedError(417, 'DEVICE_BLOCKED'));
    sockets[0]!.handlers.close(1006, 'after the error');
    watch.factory('ws://a', { headers: {} }, handlers);
    sockets[1]!.handlers.close(1006, 'refused');
    expect(watch.failedOpens()).toBe(2);
    watch.factory('ws://a', { headers: {} }, handlers).close(1000, 'client closed');
    sockets[2]!.handlers.close(1000, 'client closed');
    expect(watch.failedOpens()).toBe(2);
    watch.factory('ws://a', { headers: {} }, handlers);
    sockets[3]!.handlers.open();
    sockets[3]!.handlers.close(1006, 'dropped later');
    expect(watch.failedOpens()).toBe(0);
    const throwing = watchSocketOpens(() => {
      throw new Error('no sockets here');
    });
    expect(() => throwing.factory('ws://a', { headers: {} }, handlers)).toThrow('no sockets here');
    expect(throwing.failedOpens()).toBe(1);
  });
});

const LETTERS: Partial<Record<LiveEvent['type'], string>> = { connected: 'C', disconnected: 'D', control: 'X' };
const letter = (e: LiveEvent): string => (e.type === 'connected' && e.transport === 'polling' ? 'P' : (LETTERS[e.type] ?? 'e'));

function run(options: LiveRoomOptions, expected: string, values: Record<string, string>, error?: unknown, until = '^ 5000ms !'): void {
  const scheduler = newScheduler();
  scheduler.run(({ expectObservable }) => {
    const room$ = liveRoom$('', { roomId: ROOM_ID, fetchRoomInfo: false, random: () => 0.5, scheduler, ...options });
    expectObservable(room$.pipe(map(letter)), until).toBe(expected, values, error);
  });
}

describe("liveRoom$ with transport 'polling' and 'auto' in virtual time", () => {
  it('polls, says connected once, retries a 429 after its retry-after resuming from the cursor, and ends with the LIVE', () => {
    const requests: SignRequest[] = [];
    const provider = (req: SignRequest) => {
      requests.push(req);
      const k = requests.length;
      if (k === 3) return throwError(() => new SignRateLimitError('rate-limited', { retryAfterMs: 2000 }));
      // Polls 1, 2: events 1, 2; the 429; poll 4 resumes from c2 with event 3; poll 5 brings the end.
      return of(k === 1 ? answer(1, ['1']) : k === 2 ? answer(2, ['2']) : k === 4 ? answer(3, ['3']) : answer(4, ['end']));
    };
    // 0: e, P; 300: e; 600: 429 → D (backoff 10 ms, retry-after 2,000); 2600: e, P; 2900: X and done.
    run({ transport: 'polling', signProvider: provider, reconnectDelayMs: 10 }, '(eP) 296ms e 299ms D 1999ms (eP) 296ms (X|)', { e: 'e', P: 'P', D: 'D', X: 'X' });
    expect(requests.map((r) => r.cursor)).toEqual(['', 'c1', 'c2', 'c2', 'c3']);
  });

  it('keeps terminal errors terminal: a rejected key ends the stream at once', () => {
    let calls = 0;
    const provider = () => (++calls === 1 ? of(answer(1, ['1'])) : throwError(() => new SignAuthError()));
    run({ transport: 'polling', signProvider: provider }, '(eP) 296ms #', { e: 'e', P: 'P' }, new SignAuthError());
    expect(calls).toBe(2);
  });

  it("'auto' falls back to polling after two sockets in a row failed to open, and says so", () => {
    let polls = 0;
    const provider = () => {
      polls += 1;
      return of(polls <= 2 ? answer(polls) : answer(polls, polls === 3 ? ['1'] : ['end']));
    };
    const scheduler = newScheduler();
    const { factory, sockets } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.error(new HandshakeRejectedError(417, 'DEVICE_BLOCKED')), 5));
    scheduler.run(({ expectObservable }) => {
      const room$ = liveRoom$('', { roomId: ROOM_ID, fetchRoomInfo: false, random: () => 0.5, scheduler, transport: 'auto', signProvider: provider, webSocketFactory: factory, reconnectDelayMs: 10 });
      // Socket 1 fails at 5 (D, 10 ms), socket 2 at 20 (D, 20 ms), then polling from 40: e and P, the end 300 ms later.
      expectObservable(room$.pipe(map(letter)), '^ 2000ms !').toBe('5ms D 14ms D 19ms (eP) 296ms (X|)', { e: 'e', P: 'P', D: 'D', X: 'X' });
    });
    expect(sockets).toHaveLength(2);
  });

  it("'auto' stays on a WebSocket that opens, with no transport on connected", () => {
    const scheduler = newScheduler();
    const { factory, sockets } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.open(), 1));
    scheduler.run(({ expectObservable }) => {
      const room$ = liveRoom$('', { roomId: ROOM_ID, fetchRoomInfo: false, scheduler, transport: 'auto', signProvider: () => of(answer(1)), webSocketFactory: factory });
      expectObservable(room$.pipe(map(letter)), '^ 100ms !').toBe('-C', { C: 'C' });
    });
    expect(sockets).toHaveLength(1);
  });

  it('refuses an unknown transport with InvalidArgumentError, before any request', () => {
    let calls = 0;
    run({ transport: 'carrier-pigeon' as never, signProvider: () => (calls++, of(answer(1))) }, '#', {}, new InvalidArgumentError(`transport must be 'websocket', 'polling' or 'auto', got "carrier-pigeon"`));
    expect(calls).toBe(0);
  });
});
