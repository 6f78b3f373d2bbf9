import { describe, expect, it } from 'vitest';
import { encodeAck, encodeEvent, encodeMessageFrame, encodePushFrame, FrameDecodeError, MessageDecodeError, type WireEvent } from '../src/decoders/index.js';
import { decode } from '../src/operators/decode.js';
import { createResumeState, type SocketEvent } from '../src/operators/types.js';
import { chat, fetchResult, newScheduler, ROOM_ID, signed } from './support.js';

function msgFrame(events: WireEvent[], cursor: string, internalExt: string, needAck = false, logId = '77'): Uint8Array {
  return encodeMessageFrame({ messages: events.map(encodeEvent), cursor, internalExt, needAck }, { logId, gzip: true });
}

function setup(first = [chat('1')]) {
  const sent: Uint8Array[] = [];
  const send = (b: Uint8Array) => sent.push(b);
  const open: SocketEvent = { type: 'open', signed: signed({ fetchResult: fetchResult({ messages: first.map(encodeEvent).map((m) => ({ ...m, isHistory: true })), cursor: 'c1', internalExt: 'e1' }) }), send };
  const frame = (bytes: Uint8Array): SocketEvent => ({ type: 'frame', data: bytes, send });
  return { sent, open, frame };
}

describe('decode', () => {
  it('emits connected and the first batch on open, then a batch per msg frame (the TSDoc diagram)', () => {
    const { open, frame } = setup([chat('1')]);
    const state = createResumeState();
    state.attempt = 1;
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('-o----f-----g--|', { o: open, f: frame(msgFrame([chat('2'), chat('3')], 'c2', 'e2')), g: frame(msgFrame([chat('4')], 'c3', 'e3')) });
      expectObservable(source.pipe(decode({ state }))).toBe('-(cb)-x-----y--|', {
        c: { type: 'connected', roomId: ROOM_ID, attempt: 1 },
        b: { type: 'batch', events: [chat('1')] },
        x: { type: 'batch', events: [chat('2'), chat('3')] },
        y: { type: 'batch', events: [chat('4')] },
      });
    });
  });

  it('records cursor and internal_ext of every result for resume', () => {
    const { open, frame } = setup();
    const state = createResumeState();
    const seen: string[] = [];
    newScheduler().run(({ cold }) => {
      cold('o-f', { o: open, f: frame(msgFrame([chat('2')], 'c2', 'e2')) })
        .pipe(decode({ state }))
        .subscribe(() => seen.push(`${state.cursor}/${state.internalExt}`));
    });
    expect(seen).toEqual(['/', 'c1/e1', 'c2/e2']);
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
    const { open, frame } = setup();
    newScheduler().run(({ cold, expectObservable }) => {
      const result = cold('o----x', { o: open, x: frame(new Uint8Array([0xff, 0xff, 0xff])) }).pipe(decode());
      expectObservable(result).toBe('(cb)-#', { c: { type: 'connected', roomId: ROOM_ID, attempt: 1 }, b: { type: 'batch', events: [chat('1')] } }, expect.any(FrameDecodeError));
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
    const batch = out[2] as { events: Array<{ type: string; error?: unknown }> };
    expect(batch.events.map((e) => e.type)).toEqual(['chat', 'error', 'chat']);
    expect(batch.events[1]!.error).toBeInstanceOf(MessageDecodeError);
  });

  it('ignores frames without a fetch result (heartbeat answers, im_enter_room_resp)', () => {
    const { open, frame } = setup([]);
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('o-h-r-|', { o: open, h: frame(encodePushFrame({ payloadType: 'hb' })), r: frame(encodePushFrame({ payloadType: 'im_enter_room_resp' })) });
      expectObservable(source.pipe(decode())).toBe('(cb)--|', { c: { type: 'connected', roomId: ROOM_ID, attempt: 1 }, b: { type: 'batch', events: [] } });
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
    expect(out).toEqual([{ type: 'connected', roomId: ROOM_ID, attempt: 1 }, { type: 'batch', events: [] }]);
  });
});
