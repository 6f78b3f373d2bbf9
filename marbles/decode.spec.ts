import { describe, expect, it } from 'vitest';
import { encodeAck, encodeEvent, encodeMessageFrame, encodePushFrame, FrameDecodeError, MessageDecodeError, TooManyMessagesError, type WireEvent } from '../src/decoders/index.js';
import { decode, internalExtSeq } from '../src/operators/pipeline/decode.js';
import { ConnectionClosedError } from '../src/errors.js';
import { createResumeState, type SocketEvent } from '../src/operators/pipeline/types.js';
import { chat, fetchResult, newScheduler, ROOM_ID, signed } from './support.js';

function msgFrame(events: WireEvent[], cursor: string, internalExt: string, needAck = false, logId = '77'): Uint8Array {
  return encodeMessageFrame({ messages: events.map(encodeEvent), cursor, internalExt, needAck }, { logId, gzip: true });
}

function setup(first = [chat('1')]) {
  const sent: Uint8Array[] = [];
  const send = (b: Uint8Array) => sent.push(b);
  const open: SocketEvent = { type: 'open', signed: signed({ fetchResult: fetchResult({ messages: first.map(encodeEvent).map((m) => ({ ...m, isHistory: true })), cursor: 'c1', internalExt: 'e1' }) }), send };
  const signedEvent: SocketEvent = { type: 'signed', signed: open.signed };
  const frame = (bytes: Uint8Array): SocketEvent => ({ type: 'frame', data: bytes, send });
  return { sent, open, signed: signedEvent, frame };
}

describe('decode', () => {
  it('emits the signed first batch, connected on open, then a batch per msg frame (the TSDoc diagram)', () => {
    const { signed: s, open, frame } = setup([chat('1')]);
    const state = createResumeState();
    state.attempt = 1;
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('-s-o----f-----g--|', { s, o: open, f: frame(msgFrame([chat('2'), chat('3')], 'c2', 'e2')), g: frame(msgFrame([chat('4')], 'c3', 'e3')) });
      expectObservable(source.pipe(decode({ state }))).toBe('-b-c----x-----y--|', {
        c: { type: 'connected', roomId: ROOM_ID, attempt: 1 },
        b: { type: 'batch', events: [chat('1')] },
        x: { type: 'batch', events: [chat('2'), chat('3')] },
        y: { type: 'batch', events: [chat('4')] },
      });
    });
  });

  it('records cursor and internal_ext of every result for resume', () => {
    const { signed: s, open, frame } = setup();
    const state = createResumeState();
    const seen: string[] = [];
    newScheduler().run(({ cold }) => {
      cold('s-o-f', { s, o: open, f: frame(msgFrame([chat('2')], 'c2', 'e2')) })
        .pipe(decode({ state }))
        .subscribe(() => seen.push(`${state.cursor}/${state.internalExt}`));
    });
    expect(seen).toEqual(['c1/e1', 'c1/e1', 'c2/e2']);
    expect(state).toMatchObject({ cursor: 'c2', internalExt: 'e2' });
  });

  it('acks results that ask for it, with the frame logId and the result internalExt', () => {
    const { sent, open, frame } = setup();
    newScheduler().run(({ cold }) => {
      cold('o-a-b', { o: open, a: frame(msgFrame([chat('2')], 'c2', 'e2', true, '501')), b: frame(msgFrame([chat('3')], 'c3', 'e3', false, '502')) })
        .pipe(decode())
        .subscribe();
    });
    expect(sent).toEqual([encodeAck('501', 'e2')]);
  });

  it('errors with FrameDecodeError on a corrupt frame (a connection problem for the retry)', () => {
    const { signed: s, open, frame } = setup();
    newScheduler().run(({ cold, expectObservable }) => {
      const result = cold('s-o----x', { s, o: open, x: frame(new Uint8Array([0xff, 0xff, 0xff])) }).pipe(decode());
      expectObservable(result).toBe('b-c----#', { c: { type: 'connected', roomId: ROOM_ID, attempt: 1 }, b: { type: 'batch', events: [chat('1')] } }, expect.any(FrameDecodeError));
    });
  });

  it('unsubscribes from its socket on a bad frame, in the frame it came', () => {
    const { signed: s, open, frame } = setup();
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-s-^-s-o--x--f--', { s, o: open, x: frame(new Uint8Array([0xff, 0xff, 0xff])), f: frame(msgFrame([chat('2')], 'c2', 'e2')) });
      expectObservable(source.pipe(decode())).toBe('--b-c--#', { c: { type: 'connected', roomId: ROOM_ID, attempt: 1 }, b: { type: 'batch', events: [chat('1')] } }, expect.any(FrameDecodeError));
      expectSubscriptions(source.subscriptions).toBe('^------!');
    });
  });

  it('unsubscribes from its socket when unsubscribed', () => {
    const { open, frame } = setup([]);
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-o-^-o--f--f--', { o: open, f: frame(msgFrame([chat('2')], 'c2', 'e2')) });
      expectObservable(source.pipe(decode()), '^---!').toBe('--c--', { c: { type: 'connected', roomId: ROOM_ID, attempt: 1 } });
      expectSubscriptions(source.subscriptions).toBe('^---!');
    });
  });

  it('errors with TooManyMessagesError on a frame with more messages than maxMessagesPerFrame', () => {
    const { signed: s, open, frame } = setup();
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('s-o-f--g', { s, o: open, f: frame(msgFrame([chat('2'), chat('3')], 'c2', 'e2')), g: frame(msgFrame([chat('4'), chat('5'), chat('6')], 'c3', 'e3')) });
      expectObservable(source.pipe(decode({ maxMessagesPerFrame: 2 }))).toBe(
        'b-c-x--#',
        { c: { type: 'connected', roomId: ROOM_ID, attempt: 1 }, b: { type: 'batch', events: [chat('1')] }, x: { type: 'batch', events: [chat('2'), chat('3')] } },
        expect.objectContaining({ name: 'TooManyMessagesError', maxMessages: 2, retryable: true }) as TooManyMessagesError,
      );
    });
  });

  it('delivers one bad message as an in-band error inside its batch', () => {
    const { open, frame } = setup([]);
    const bad = encodeMessageFrame(
      { messages: [encodeEvent(chat('2')), { method: 'WebcastChatMessage', payload: new Uint8Array([0x12, 0xff]), msgId: '3' }, encodeEvent(chat('4'))], cursor: 'c', internalExt: 'e' },
      { logId: 1 },
    );
    const out: unknown[] = [];
    newScheduler().run(({ cold }) => {
      cold('o-f', { o: open, f: frame(bad) })
        .pipe(decode())
        .subscribe((v) => out.push(v));
    });
    const batch = out[1] as { events: Array<{ type: string; error?: unknown }> };
    expect(batch.events.map((e) => e.type)).toEqual(['chat', 'error', 'chat']);
    expect(batch.events[1]!.error).toBeInstanceOf(MessageDecodeError);
  });

  it('ignores frames without a fetch result (heartbeat answers, im_enter_room_resp)', () => {
    const { open, frame } = setup([]);
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('o-h-r-|', { o: open, h: frame(encodePushFrame({ payloadType: 'hb' })), r: frame(encodePushFrame({ payloadType: 'im_enter_room_resp' })) });
      expectObservable(source.pipe(decode())).toBe('c-----|', { c: { type: 'connected', roomId: ROOM_ID, attempt: 1 } });
    });
  });

  it('decodes only the methods asked for', () => {
    const { open, frame } = setup([]);
    const out: unknown[] = [];
    newScheduler().run(({ cold }) => {
      cold('o-f', { o: open, f: frame(msgFrame([chat('2'), chat('3')], 'c', 'e')) })
        .pipe(decode({ methods: new Set(['LikeMessage']) }))
        .subscribe((v) => out.push(v));
    });
    // Two chat messages, no like: the frame's batch would be empty, so nothing is emitted for it.
    expect(out).toEqual([{ type: 'connected', roomId: ROOM_ID, attempt: 1 }]);
  });

  it('keeps the signed batch and its resume position when the socket then fails', () => {
    const { signed: s } = setup([chat('1')]);
    const state = createResumeState();
    const closed = new ConnectionClosedError(1006, 'refused');
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('s-#', { s }, closed).pipe(decode({ state }))).toBe('b-#', { b: { type: 'batch', events: [chat('1')] } }, closed);
    });
    expect(state).toMatchObject({ cursor: 'c1', internalExt: 'e1' });
  });

  describe('gaps', () => {
    const resumed = (internalExt: string, events: WireEvent[]): SocketEvent => ({
      type: 'signed',
      signed: signed({ fetchResult: fetchResult({ messages: events.map(encodeEvent).map((m) => ({ ...m, isHistory: false })), cursor: 'c9', internalExt }) }),
    });

    it('emits a gap with the count the server could no longer replay, before the batch', () => {
      const state = { ...createResumeState(), internalExt: 'fetch_time:1|start_time:0|flag:0|seq:10|next_cursor:x' };
      newScheduler().run(({ cold, expectObservable }) => {
        // The stream held up to 10; the resumed batch of 3 ends at 20, so it starts at 18: 11..17 are gone.
        const source = cold('s', { s: resumed('fetch_time:2|start_time:0|flag:0|seq:20|next_cursor:y', [chat('18'), chat('19'), chat('20')]) });
        expectObservable(source.pipe(decode({ state }))).toBe('(gb)', {
          g: { type: 'gap', roomId: ROOM_ID, missed: 7 },
          b: { type: 'batch', events: [chat('18'), chat('19'), chat('20')] },
        });
      });
    });

    it('emits no gap when the resumed batch starts right after what the stream held', () => {
      const state = { ...createResumeState(), internalExt: 'seq:10|x' };
      newScheduler().run(({ cold, expectObservable }) => {
        const source = cold('s', { s: resumed('fetch_time:2|seq:12|x', [chat('11'), chat('12')]) });
        expectObservable(source.pipe(decode({ state }))).toBe('b', { b: { type: 'batch', events: [chat('11'), chat('12')] } });
      });
    });

    it('emits no gap on a first connection, nor when internal_ext carries no position', () => {
      newScheduler().run(({ cold, expectObservable }) => {
        const first = cold('s', { s: resumed('seq:500', []) }).pipe(decode({ state: createResumeState() }));
        expectObservable(first).toBe('');
        const opaque = cold('s', { s: resumed('opaque', []) }).pipe(decode({ state: { ...createResumeState(), internalExt: 'also opaque' } }));
        expectObservable(opaque).toBe('');
      });
    });
  });

  it('reads the stream position from internal_ext', () => {
    expect(internalExtSeq('fetch_time:1|start_time:0|flag:0|seq:41|next_cursor:a')).toBe(41);
    expect(internalExtSeq('seq:0')).toBe(0);
    expect(internalExtSeq('fetch_time:1|subseq:4')).toBeUndefined();
    expect(internalExtSeq('seq:-3|x')).toBeUndefined();
    expect(internalExtSeq('')).toBeUndefined();
  });
});
