import { Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createFanout, wsTextFrames, type FanoutFormat, type FanoutSink, type FanoutTransport } from '../src/relay/fanout.js';

/** A sink that keeps what it was written; `backlog` stands for bytes the peer has not read. */
function sink(transport: FanoutTransport, format: FanoutFormat) {
  const s = {
    transport,
    format,
    writes: [] as Buffer[],
    ended: undefined as { code: number; reason: string } | undefined,
    backlog: 0,
    buffered: () => s.backlog,
    write: (bytes: Buffer) => void s.writes.push(bytes),
    end: (code: number, reason: string) => void (s.ended = { code, reason }),
  };
  return s satisfies FanoutSink;
}

/** The text payloads of server WebSocket frames laid out back to back. */
function unframe(bytes: Buffer): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    expect(bytes[at]).toBe(0x81);
    let n = bytes[at + 1]!;
    at += 2;
    if (n === 126) {
      n = bytes.readUInt16BE(at);
      at += 2;
    } else if (n === 127) {
      n = Number(bytes.readBigUInt64BE(at));
      at += 8;
    }
    out.push(bytes.toString('utf8', at, at + n));
    at += n;
  }
  return out;
}

/** Lets the fan-out's flushes run: with `windowMs: 0` each flush and each chunk of one waits a turn of `setImmediate`. */
async function flushed(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}

function setup(maxBufferBytes = 1 << 20) {
  const upstream = new Subject<string>();
  const slow: string[] = [];
  const fanout = createFanout({
    upstream: () => upstream,
    maxBufferBytes,
    windowMs: 0,
    chunkSize: 2,
    onSlow: (room) => slow.push(room),
    onError: () => ({ line: '{"type":"relayError"}', code: 1011, reason: 'Upstream failed' }),
    completeClose: { code: 1000, reason: 'The LIVE has ended' },
    slowClose: { code: 4008, reason: 'Client too slow' },
  });
  return { upstream, fanout, slow };
}

describe('relay fan-out', () => {
  it('frames payloads of every length class as RFC 6455 server text frames', () => {
    const payloads = ['a', 'é'.repeat(100), 'x'.repeat(70_000)].map((p) => Buffer.from(p));
    expect(unframe(wsTextFrames(payloads))).toEqual(payloads.map((p) => p.toString()));
  });

  it('writes one flush as the same bytes to every client of a kind, in one write each, and lays out each format', async () => {
    const { upstream, fanout } = setup();
    const ws = [sink('ws', 'event'), sink('ws', 'event'), sink('ws', 'event')];
    const arrays = sink('ws', 'array');
    const sse = sink('sse', 'array');
    for (const s of [...ws, arrays, sse]) fanout.add('room', s);
    upstream.next('{"n":1}');
    upstream.next('{"n":2}');
    await flushed();
    expect(ws.map((s) => s.writes.length)).toEqual([1, 1, 1]);
    expect(ws[1]!.writes[0]).toBe(ws[0]!.writes[0]);
    expect(unframe(ws[0]!.writes[0]!)).toEqual(['{"n":1}', '{"n":2}']);
    expect(unframe(arrays.writes[0]!)).toEqual(['[{"n":1},{"n":2}]']);
    expect(sse.writes[0]!.toString()).toBe('data: [{"n":1},{"n":2}]\n\n');
  });

  it('gives a client that joins between flushes only the events after it joined', async () => {
    const { upstream, fanout } = setup();
    const early = sink('sse', 'event');
    const late = sink('sse', 'event');
    fanout.add('room', early);
    upstream.next('{"n":1}');
    fanout.add('room', late);
    upstream.next('{"n":2}');
    upstream.complete();
    await flushed();
    expect(Buffer.concat(early.writes).toString()).toBe('data: {"n":1}\n\ndata: {"n":2}\n\n');
    expect(Buffer.concat(late.writes).toString()).toBe('data: {"n":2}\n\n');
    expect([early.ended, late.ended]).toEqual([
      { code: 1000, reason: 'The LIVE has ended' },
      { code: 1000, reason: 'The LIVE has ended' },
    ]);
  });

  it('drops a client whose backlog passed the bound, keeps the others, and sends the error line before 1011', async () => {
    const { upstream, fanout, slow } = setup(100);
    const stuck = sink('ws', 'event');
    const fine = sink('ws', 'array');
    fanout.add('room', stuck);
    fanout.add('room', fine);
    stuck.backlog = 101;
    upstream.next('{"n":1}');
    await flushed();
    expect(stuck.writes).toEqual([]);
    expect(stuck.ended).toEqual({ code: 4008, reason: 'Client too slow' });
    expect(slow).toEqual(['room']);
    upstream.error(new Error('boom'));
    await flushed();
    expect(fine.writes.flatMap(unframe)).toEqual(['[{"n":1}]', '[{"type":"relayError"}]']);
    expect(fine.ended).toEqual({ code: 1011, reason: 'Upstream failed' });
  });

  it('lets go of the upstream when the last client leaves, and subscribes anew for the next', () => {
    const { upstream, fanout } = setup();
    const leave = fanout.add('room', sink('ws', 'event'));
    expect(upstream.observed).toBe(true);
    leave();
    expect(upstream.observed).toBe(false);
    fanout.add('room', sink('ws', 'event'));
    expect(upstream.observed).toBe(true);
  });
});
