import { map } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../src/operators/pipeline/events.js';
import { MessageDecodeError } from '../src/errors.js';
import { demultiplex, demultiplexFrames } from '../src/operators/pipeline/demultiplex.js';
import { RecentKeys } from '../src/operators/recentKeys.js';
import type { PipelineItem } from '../src/operators/pipeline/types.js';
import { chat, control, newScheduler } from './support.js';

const batch = (...events: LiveEvent[]): PipelineItem => ({ type: 'batch', events: events as never });

describe('demultiplex', () => {
  it('flattens batches in order, drops repeats and completes on the end of the LIVE (the TSDoc diagram)', () => {
    const [a, b, c, e, x] = [chat('1'), chat('2'), chat('3'), control('4', 3), chat('5')];
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-A-B-C-E-X--|', { A: batch(a), B: batch(b, c), C: batch(b), E: batch(e), X: batch(x) });
      expectObservable(source.pipe(demultiplex())).toBe('-a-(bc)(e|)', { a, b, c, e });
      expectSubscriptions(source.subscriptions).toBe('^------!');
    });
  });

  it('unsubscribes from its source on the end of the LIVE, in the same frame', () => {
    const [a, b, e, x] = [chat('1'), chat('2'), control('3', 3), chat('4')];
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-A-^-B--E--X--', { A: batch(a), B: batch(b), E: batch(e, x), X: batch(x) });
      expectObservable(source.pipe(demultiplex())).toBe('--b--(e|)', { b, e });
      expectSubscriptions(source.subscriptions).toBe('^----!');
    });
  });

  it('passes an error through and unsubscribes from its source', () => {
    const a = chat('1');
    const failure = new Error('socket');
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-a-^-a--#', { a: batch(a) }, failure);
      expectObservable(source.pipe(demultiplex())).toBe('--a--#', { a }, failure);
      expectSubscriptions(source.subscriptions).toBe('^----!');
    });
  });

  it('unsubscribes from its source when unsubscribed', () => {
    const a = chat('1');
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-a-^-a--a--', { a: batch(a) });
      expectObservable(source.pipe(demultiplex()), '^---!').toBe('--a--', { a });
      expectSubscriptions(source.subscriptions).toBe('^---!');
    });
  });

  it('drops a replayed message after a reconnect, keeping lifecycle events', () => {
    const [a, b, c] = [chat('1'), chat('2'), chat('3')];
    const connected = { type: 'connected' as const, roomId: '1', attempt: 2 };
    const disconnected = { type: 'disconnected' as const, code: 1006, reason: '', attempt: 1, willReconnect: true, delayMs: 10 };
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('A----d-k-B', { A: batch(a, b), d: disconnected, k: connected, B: batch(b, c) });
      expectObservable(source.pipe(demultiplex())).toBe('(ab)-d-k-c', { a, b, c, d: disconnected, k: connected });
    });
  });

  it('passes in-band errors and events without a msgId through', () => {
    const error = { type: 'error' as const, error: new MessageDecodeError('WebcastGiftMessage', 'bad'), method: 'WebcastGiftMessage', msgId: '9' };
    const noId = { ...chat('0') };
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('A----B', { A: batch(error as never, noId), B: batch(error as never, noId) }).pipe(demultiplex())).toBe('(en)-(en)', { e: error, n: noId });
    });
  });

  it('completes on control action 4 (suspended) but not on pause (1) or unpause (2)', () => {
    const [p, u, s] = [control('1', 1), control('2', 2), control('3', 4)];
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('p-u-s-x', { p: batch(p), u: batch(u), s: batch(s), x: batch(chat('9')) }).pipe(demultiplex())).toBe('p-u-(s|)', { p, u, s });
    });
  });

  it('keeps the dedup window bounded', () => {
    const window = new RecentKeys(3);
    expect(['a', 'b', 'c', 'a'].map((k) => window.add(k))).toEqual([true, true, true, false]);
    expect(window.add('d')).toBe(true); // evicts a
    expect(window.count).toBe(3);
    expect(window.add('a')).toBe(true);
    expect(window.has('b')).toBe(false);
  });

  it('remembers only dedupWindow msgIds', () => {
    const [a, b, c] = [chat('1'), chat('2'), chat('3')];
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('A-B-C-D', { A: batch(a), B: batch(b), C: batch(c), D: batch(a) }).pipe(demultiplex({ dedupWindow: 2 }))).toBe('a-b-c-a', { a, b, c });
    });
  });
});

describe('demultiplexFrames', () => {
  it('gives each batch as one frame with the resume state after it, and completes on the end of the LIVE (the TSDoc diagram)', () => {
    const [a, b, c, e, x] = [chat('1'), chat('2'), chat('3'), control('4', 3), chat('5')];
    const state = { cursor: '', internalExt: '', attempt: 1 };
    // decode records the frame's cursor before it emits the batch; this source does the same.
    const at = (cursor: string, item: PipelineItem) => ({ cursor, item });
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('-A-B-C-E-X--|', { A: at('c1', batch(a)), B: at('c2', batch(b, c)), C: at('c3', batch(b)), E: at('c4', batch(e)), X: at('c5', batch(x)) });
      const items = source.pipe(map(({ cursor, item }) => ((state.cursor = cursor), (state.internalExt = `seq:${cursor}`), item)));
      const frame = (events: LiveEvent[], cursor: string, msgIds: string[]) => ({ events, resume: { cursor, internalExt: `seq:${cursor}`, msgIds } });
      expectObservable(items.pipe(demultiplexFrames({ state, keepMsgIds: 2 }))).toBe('-a-b-c-(e|)', {
        a: frame([a], 'c1', ['1']),
        b: frame([b, c], 'c2', ['2', '3']),
        c: frame([], 'c3', ['2', '3']),
        e: frame([e], 'c4', ['3', '4']),
      });
    });
  });

  it('drops what a stream it resumes already delivered (seen), and passes lifecycle items as frames of their own', () => {
    const [a, b, c] = [chat('1'), chat('2'), chat('3')];
    const state = { cursor: 'k', internalExt: 'i', attempt: 1 };
    const connected = { type: 'connected' as const, roomId: '1', attempt: 1 };
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('k-A', { k: connected, A: batch(a, b, c) });
      expectObservable(source.pipe(demultiplexFrames({ state, seen: ['1', '2'] }))).toBe('k-f', {
        k: { events: [connected], resume: { cursor: 'k', internalExt: 'i', msgIds: ['1', '2'] } },
        f: { events: [c], resume: { cursor: 'k', internalExt: 'i', msgIds: ['1', '2', '3'] } },
      });
    });
  });
});

describe('demultiplex seen', () => {
  it('drops msgIds an earlier stream delivered', () => {
    const [a, b, c] = [chat('1'), chat('2'), chat('3')];
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('-A', { A: batch(a, b, c) }).pipe(demultiplex({ seen: ['1', '2'] }))).toBe('-c', { c });
    });
  });
});
