import type { Observable, Subscription } from 'rxjs';

/** How a client wants its events: one message per event (the default), or JSON arrays of events. */
export type FanoutFormat = 'event' | 'array';

/** How the bytes of one flush are laid out for a transport. */
export type FanoutTransport = 'ws' | 'sse';

/** One client's connection, as the fan-out sees it. */
export interface FanoutSink {
  readonly transport: FanoutTransport;
  readonly format: FanoutFormat;
  /** Bytes written to this client and not yet sent. */
  buffered(): number;
  /** Writes bytes already framed for the transport (WebSocket frames, SSE records). */
  write(bytes: Buffer): void;
  /** Ends the connection after what was written (WebSocket close code and reason). */
  end(code: number, reason: string): void;
}

export interface FanoutOptions {
  /** The shared upstream of a room, as JSON lines. */
  upstream: (room: string) => Observable<string>;
  /** A client with more than this many bytes waiting is dropped. */
  maxBufferBytes: number;
  /** Flushes of one room start at least this far apart (ms); events in between are written together. */
  windowMs: number;
  /** Clients written per turn of the event loop; timers and socket reads run between turns. */
  chunkSize: number;
  /** A client fell behind and was ended with `slowClose`. */
  onSlow: (room: string) => void;
  /** `events` lines (events and a final error line) were written to clients of `room` (summed per chunk of clients). */
  onDelivered?: ((room: string, transport: FanoutTransport, events: number) => void) | undefined;
  /** The JSON line sent before an upstream error ends the clients, and the close it ends them with. */
  onError: (error: unknown) => { line: string; code: number; reason: string };
  /** The close after the upstream completes. */
  completeClose: { code: number; reason: string };
  /** The close of a client that fell behind. */
  slowClose: { code: number; reason: string };
}

export interface Fanout {
  /**
   * Adds a client to a room (subscribing the room's upstream for the first); returns its removal.
   * `backlog`: lines it gets first, at once (what a resuming client missed).
   */
  add(room: string, sink: FanoutSink, backlog?: readonly string[]): () => void;
}

interface Member {
  readonly sink: FanoutSink;
  /** Sequence number of the first event this client gets: no event from before it joined. */
  readonly from: number;
  /** Bytes of backlog it was sent on joining: it may hold that much more before it counts as slow. */
  readonly allowance: number;
  gone: boolean;
}

interface Terminal {
  line?: string;
  code: number;
  reason: string;
}

/** A room's clients, its upstream subscription and the events not flushed yet. */
interface Hub {
  readonly room: string;
  readonly members: Set<Member>;
  subscription?: Subscription;
  /** Events since the last flush; `base` is the sequence number of the first. */
  lines: string[];
  base: number;
  terminal?: Terminal;
  scheduled: boolean;
  flushing: boolean;
  lastFlush: number;
}

/**
 * Delivers rooms' JSON events to many clients at the cost of a few per flush,
 * not per client and event:
 *
 * - each event is serialized once, and each flush lays its events out once per
 *   (transport, format) — WebSocket frames or SSE records, one per event or one
 *   JSON array — and writes the same bytes to every client of that kind, in one
 *   write per client per flush;
 * - flushes of a room start at most every `windowMs`; under load more events
 *   share a flush instead of the work growing with clients × events;
 * - a flush writes `chunkSize` clients per turn of the event loop, so timers
 *   (the upstream's heartbeats) and socket reads run between chunks and do not
 *   wait for the whole fan-out.
 *
 * A client more than `maxBufferBytes` behind is dropped; what one client takes
 * is bounded by that plus one flush.
 */
export function createFanout(options: FanoutOptions): Fanout {
  const hubs = new Map<string, Hub>();

  const schedule = (hub: Hub) => {
    if (hub.scheduled || hub.flushing) return;
    hub.scheduled = true;
    const wait = hub.lastFlush + options.windowMs - performance.now();
    if (wait > 0) setTimeout(() => flush(hub), wait);
    else setImmediate(() => flush(hub));
  };

  const flush = (hub: Hub) => {
    hub.scheduled = false;
    if (hub.lines.length === 0 && !hub.terminal) return;
    hub.flushing = true;
    hub.lastFlush = performance.now();
    const batch = new Batch(hub.lines, hub.base, hub.terminal);
    hub.base += hub.lines.length;
    hub.lines = [];
    hub.terminal = undefined;
    const members = [...hub.members];
    let i = 0;
    const step = () => {
      const stop = Math.min(members.length, i + options.chunkSize);
      for (; i < stop; i++) deliver(hub, members[i]!, batch);
      batch.report(hub.room, options.onDelivered);
      if (i < members.length) {
        setImmediate(step);
        return;
      }
      hub.flushing = false;
      if (hub.lines.length > 0 || hub.terminal) schedule(hub);
    };
    step();
  };

  const deliver = (hub: Hub, member: Member, batch: Batch) => {
    if (member.gone) return;
    const bytes = batch.bytes(member.sink.transport, member.sink.format, member.from);
    if (bytes) {
      if (member.sink.buffered() > options.maxBufferBytes + member.allowance) {
        leave(hub, member);
        options.onSlow(hub.room);
        member.sink.end(options.slowClose.code, options.slowClose.reason);
        return;
      }
      member.sink.write(bytes);
      batch.delivered[member.sink.transport] += batch.count(member.from);
    }
    if (batch.terminal) {
      leave(hub, member);
      member.sink.end(batch.terminal.code, batch.terminal.reason);
    }
  };

  const leave = (hub: Hub, member: Member) => {
    if (member.gone) return;
    member.gone = true;
    hub.members.delete(member);
    if (hub.members.size === 0 && hubs.get(hub.room) === hub) {
      hubs.delete(hub.room);
      hub.subscription?.unsubscribe();
    }
  };

  const end = (hub: Hub, terminal: Terminal) => {
    // Later clients get a new upstream; these get what is pending, then the end.
    if (hubs.get(hub.room) === hub) hubs.delete(hub.room);
    hub.terminal = terminal;
    schedule(hub);
  };

  return {
    add(room, sink, backlog = []) {
      const missed = layout(backlog, sink.transport, sink.format);
      if (missed) sink.write(missed);
      let hub = hubs.get(room);
      const fresh = !hub;
      if (!hub) {
        hub = { room, members: new Set(), lines: [], base: 0, scheduled: false, flushing: false, lastFlush: 0 };
        hubs.set(room, hub);
      }
      const member: Member = { sink, from: hub.base + hub.lines.length, allowance: missed?.length ?? 0, gone: false };
      hub.members.add(member);
      if (fresh) {
        const h = hub;
        const subscription = options.upstream(room).subscribe({
          next(line) {
            h.lines.push(line);
            schedule(h);
          },
          error(error: unknown) {
            const { line, code, reason } = options.onError(error);
            end(h, { line, code, reason });
          },
          complete() {
            end(h, options.completeClose);
          },
        });
        // A source that ended while subscribing has already let go of this hub.
        if (h.members.size > 0 && !h.terminal && hubs.get(room) === h) h.subscription = subscription;
        else if (!h.terminal) subscription.unsubscribe();
      }
      return () => leave(hub, member);
    },
  };
}

/** The events of one flush, laid out lazily once per transport and format. */
class Batch {
  private readonly cache = new Map<string, Buffer | undefined>();

  constructor(
    private readonly lines: readonly string[],
    private readonly start: number,
    readonly terminal: Terminal | undefined,
  ) {}

  /** Lines written per transport and not reported yet: one report per chunk of clients, not one per client. */
  readonly delivered: Record<FanoutTransport, number> = { ws: 0, sse: 0 };

  report(room: string, onDelivered: FanoutOptions['onDelivered']): void {
    for (const transport of ['ws', 'sse'] as const) {
      if (this.delivered[transport] > 0) onDelivered?.(room, transport, this.delivered[transport]);
      this.delivered[transport] = 0;
    }
  }

  /** How many lines a client whose first event is `from` gets from this batch. */
  count(from: number): number {
    return this.lines.length - Math.max(0, from - this.start) + (this.terminal?.line === undefined ? 0 : 1);
  }

  /** The bytes for a client whose first event is `from`; undefined when there is nothing to write. */
  bytes(transport: FanoutTransport, format: FanoutFormat, from: number): Buffer | undefined {
    if (from > this.start) return this.layout(transport, format, from - this.start);
    const key = `${transport}:${format}`;
    if (!this.cache.has(key)) this.cache.set(key, this.layout(transport, format, 0));
    return this.cache.get(key);
  }

  private layout(transport: FanoutTransport, format: FanoutFormat, skip: number): Buffer | undefined {
    const lines = skip > 0 ? this.lines.slice(skip) : this.lines;
    return layout(this.terminal?.line === undefined ? lines : [...lines, this.terminal.line], transport, format);
  }
}

const ID_PREFIX = '{"relayId":"';

/** An SSE record: the event's `relayId` as its id (what `Last-Event-ID` resumes from), when it has one. */
function sseRecord(data: string, idOf: string): string {
  if (!idOf.startsWith(ID_PREFIX)) return `data: ${data}\n\n`;
  return `id: ${idOf.slice(ID_PREFIX.length, idOf.indexOf('"', ID_PREFIX.length))}\ndata: ${data}\n\n`;
}

/** JSON lines laid out for a transport: one WebSocket frame or SSE record per event, or one JSON array. */
function layout(lines: readonly string[], transport: FanoutTransport, format: FanoutFormat): Buffer | undefined {
  if (lines.length === 0) return undefined;
  if (format === 'array') {
    const text = `[${lines.join(',')}]`;
    // An array's SSE id is its last event's that has one.
    let last = '';
    for (let i = lines.length - 1; i >= 0 && !last; i--) if (lines[i]!.startsWith(ID_PREFIX)) last = lines[i]!;
    return transport === 'ws' ? wsTextFrames([Buffer.from(text)]) : Buffer.from(sseRecord(text, last));
  }
  if (transport === 'sse') return Buffer.from(lines.map((l) => sseRecord(l, l)).join(''));
  return wsTextFrames(lines.map((l) => Buffer.from(l)));
}

/**
 * WebSocket text frames (RFC 6455 §5.2), final and unmasked as a server sends
 * them, one per payload, laid out in one buffer.
 */
export function wsTextFrames(payloads: readonly Buffer[]): Buffer {
  let size = 0;
  for (const p of payloads) size += headerSize(p.length) + p.length;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const p of payloads) {
    const n = p.length;
    out[at++] = 0x81; // FIN, opcode 1 (text)
    if (n < 126) out[at++] = n;
    else if (n < 65_536) {
      out[at++] = 126;
      out.writeUInt16BE(n, at);
      at += 2;
    } else {
      out[at++] = 127;
      out.writeUInt32BE(Math.floor(n / 2 ** 32), at);
      out.writeUInt32BE(n >>> 0, at + 4);
      at += 8;
    }
    at += p.copy(out, at);
  }
  return out;
}

function headerSize(n: number): number {
  return n < 126 ? 2 : n < 65_536 ? 4 : 10;
}
