import { map, take } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { encodeEnterRoom } from '../src/decoders/index.js';
import { ConnectionClosedError, HandshakeRejectedError } from '../src/errors.js';
import { connect } from '../src/operators/pipeline/connect.js';
import type { SocketEvent } from '../src/operators/pipeline/types.js';
import { fakeFactory, newScheduler, ROOM_ID, signed } from './support.js';

const label = map((e: SocketEvent) => (e.type === 'signed' ? 'S' : e.type === 'open' ? 'o' : `f${e.data[0]}`));

describe('connect', () => {
  it('passes the signed connection on, opens a socket, emits open and frames, and errors on a close it did not ask for (the TSDoc diagram)', () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold, expectObservable }) => {
      const { factory } = fakeFactory((socket) => {
        scheduler.schedule(() => socket.handlers.open(), 2);
        scheduler.schedule(() => socket.handlers.message(new Uint8Array([1])), 5);
        scheduler.schedule(() => socket.handlers.message(new Uint8Array([2])), 8);
        scheduler.schedule(() => socket.handlers.close(1000, 'bye'), 11);
      });
      const result = cold('--s----------------', { s: signed() }).pipe(connect(factory), label);
      expectObservable(result).toBe('--S-o--f--g--#', { S: 'S', o: 'o', f: 'f1', g: 'f2' }, new ConnectionClosedError(1000, 'bye'));
    });
  });

  it('sends im_enter_room as the first frame on open', () => {
    const scheduler = newScheduler();
    const { factory, sockets } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.open(), 1));
    scheduler.run(({ cold, expectObservable }) => {
      expectObservable(cold('s', { s: signed() }).pipe(connect(factory), label)).toBe('So', { S: 'S', o: 'o' });
    });
    expect(sockets[0]!.sent[0]).toEqual(encodeEnterRoom(ROOM_ID));
  });

  it('passes the User-Agent and the cookies as headers', () => {
    const scheduler = newScheduler();
    const { factory, sockets } = fakeFactory();
    scheduler.run(({ cold }) => {
      cold('s', { s: signed({ cookies: { ttwid: 'abc', 'tt-target-idc': 'useast1a' }, userAgent: 'Agent/1' }) }).pipe(connect(factory)).subscribe();
    });
    expect(sockets[0]!.headers).toEqual({ 'User-Agent': 'Agent/1', Cookie: 'ttwid=abc; tt-target-idc=useast1a' });
    expect(sockets[0]!.url).toBe(signed().wsUrl);
  });

  it('closes the socket with 1000 when unsubscribed, and unsubscribes from the signed source', () => {
    const scheduler = newScheduler();
    const { factory, sockets } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.open(), 1), scheduler);
    scheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-s-^-s------', { s: signed() });
      expectObservable(source.pipe(connect(factory), label), '^----!').toBe('--So--', { S: 'S', o: 'o' });
      expectSubscriptions(source.subscriptions).toBe('^----!');
    });
    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.closed).toEqual([[1000, 'client closed']]);
    expect(sockets[0]!.closedAt).toEqual([5]);
  });

  it('keeps the socket open after the signed source completes', () => {
    const scheduler = newScheduler();
    const { factory, sockets } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.open(), 2), scheduler);
    scheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('^-s-|', { s: signed() });
      expectObservable(source.pipe(connect(factory), label), '^-------!').toBe('--S-o----', { S: 'S', o: 'o' });
      expectSubscriptions(source.subscriptions).toBe('^---!');
    });
    expect(sockets[0]!.closedAt).toEqual([8]);
  });

  it('turns a handshake rejection into HandshakeRejectedError', () => {
    const scheduler = newScheduler();
    const rejection = new HandshakeRejectedError(417, 'DEVICE_BLOCKED');
    const { factory, sockets } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.error(rejection), 1));
    scheduler.run(({ cold, expectObservable }) => {
      expectObservable(cold('s', { s: signed() }).pipe(connect(factory), label)).toBe('S#', { S: 'S' }, rejection);
    });
    expect(rejection.retryable).toBe(true);
    expect(sockets[0]!.closed).toEqual([]); // it was never open; nothing to close
  });

  it('wraps other socket errors as a retryable ConnectionClosedError 1006', () => {
    const scheduler = newScheduler();
    const { factory } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.error(new Error('ECONNRESET')), 2));
    scheduler.run(({ cold, expectObservable }) => {
      expectObservable(cold('s', { s: signed() }).pipe(connect(factory), label)).toBe('S-#', { S: 'S' }, new ConnectionClosedError(1006, 'ECONNRESET'));
    });
  });

  it('closes the previous socket when a new signed connection arrives', () => {
    const scheduler = newScheduler();
    const { factory, sockets } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.open(), 1), scheduler);
    scheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-s-^-s--t----', { s: signed(), t: signed({ roomId: '42' }) });
      expectObservable(source.pipe(connect(factory), label), '^--------!').toBe('--So-So---', { S: 'S', o: 'o' });
      expectSubscriptions(source.subscriptions).toBe('^--------!');
    });
    expect(sockets.map((s) => s.closedAt)).toEqual([[5], [9]]);
    expect(sockets[0]!.closed).toEqual([[1000, 'client closed']]);
  });

  it('opens no socket when the subscriber had all it needed from the signed connection', () => {
    const scheduler = newScheduler();
    const { factory, sockets } = fakeFactory((socket) => scheduler.schedule(() => socket.handlers.open(), 1));
    scheduler.run(({ cold, expectObservable }) => {
      expectObservable(cold('s', { s: signed() }).pipe(connect(factory), take(1), label)).toBe('(S|)', { S: 'S' });
    });
    expect(sockets).toHaveLength(0);
  });
});
