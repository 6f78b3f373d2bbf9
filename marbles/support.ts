import type { Observable, ObservableNotification } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { expect } from 'vitest';
import type { SignedConnection } from '../src/api/sign.js';
import type { FetchResult, WireEvent } from '../src/decoders/index.js';
import type { LiveSocket, SocketHandlers, WebSocketFactory } from '../src/operators/pipeline/connect.js';
import { chatEvent, controlEvent } from '../src/testing/index.js';

export const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

/** What an Observable emitted, frame by frame, as `TestScheduler.parseMarbles` reads a diagram. */
export type Recorded<T> = Array<{ frame: number; notification: ObservableNotification<T> }>;

/** A diagram as run mode reads it (one frame per character), whatever `TestScheduler.frameTimeFactor` is. */
export function parseDiagram<T>(marbles: string, values: Record<string, T>): Recorded<T> {
  const messages = TestScheduler.parseMarbles(marbles, values, undefined, false, true) as Recorded<T>;
  return messages.map(({ frame, notification }) => ({ frame: frame / TestScheduler.frameTimeFactor, notification }));
}

/**
 * Runs `observable` on `scheduler`'s virtual time for code that awaits promises (liveRoom$'s HTTP
 * steps), which run mode cannot: `run` flushes every action at once, and a promise settles only after.
 * Here time advances one frame at a time and promises settle in between. Unsubscribes at `until`.
 */
export async function recordWithPromises<T>(scheduler: TestScheduler, observable: Observable<T>, until: number): Promise<Recorded<T>> {
  const recorded: Recorded<T> = [];
  const at = (notification: ObservableNotification<T>) => recorded.push({ frame: scheduler.now(), notification });
  const sub = observable.subscribe({
    next: (value) => at({ kind: 'N', value }),
    error: (error: unknown) => at({ kind: 'E', error }),
    complete: () => at({ kind: 'C' }),
  });
  scheduler.schedule(() => sub.unsubscribe(), until);
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  await settle();
  for (let next = scheduler.actions[0]; next; next = scheduler.actions[0]) {
    scheduler.maxFrames = next.delay;
    scheduler.flush();
    await settle();
  }
  return recorded;
}

export const ROOM_ID = '7291268239881964294';

export function fetchResult(overrides: Partial<FetchResult> = {}): FetchResult {
  return {
    messages: [],
    cursor: 'c0',
    fetchInterval: 0,
    now: 0,
    internalExt: 'e0',
    routeParams: {},
    heartbeatDuration: 0,
    needAck: false,
    pushServer: 'ws://sim/webcast/im/push/v2/',
    isFirst: true,
    ...overrides,
  };
}

export function signed(overrides: Partial<SignedConnection> = {}): SignedConnection {
  return { roomId: ROOM_ID, wsUrl: 'ws://sim/webcast/im/push/v2/?room_id=1', cookies: { ttwid: 't' }, userAgent: 'UA', fetchResult: fetchResult(), ...overrides };
}

export interface FakeSocket {
  url: string;
  headers: Record<string, string>;
  handlers: SocketHandlers;
  sent: Uint8Array[];
  closed: Array<[number | undefined, string | undefined]>;
  /** The frames `close` was called in, by the `clock` given to `fakeFactory`. */
  closedAt: number[];
}

/** A socket factory whose sockets do nothing on their own: tests drive `handlers` with scheduler.schedule. */
export function fakeFactory(onCreate?: (socket: FakeSocket) => void, clock?: { now(): number }): { factory: WebSocketFactory; sockets: FakeSocket[] } {
  const sockets: FakeSocket[] = [];
  const factory: WebSocketFactory = (url, init, handlers): LiveSocket => {
    const socket: FakeSocket = { url, headers: init.headers, handlers, sent: [], closed: [], closedAt: [] };
    sockets.push(socket);
    onCreate?.(socket);
    const close = (code?: number, reason?: string) => {
      socket.closed.push([code, reason]);
      if (clock) socket.closedAt.push(clock.now());
    };
    return { send: (d) => socket.sent.push(d), close };
  };
  return { factory, sockets };
}

/** A chat with the msgId a spec compares by; the rest is the public factory's, pinned so that equal ids make equal events. */
export const chat = (msgId: string, comment = 'hi'): WireEvent => chatEvent({ msgId, comment, createTime: 0 });

/** A control event (`ControlAction`) with the msgId a spec compares by, pinned like `chat`. */
export const control = (msgId: string, action: number): WireEvent => controlEvent({ msgId, action, createTime: 0 });
