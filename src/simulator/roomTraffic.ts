import { decodeMessage, type RawMessageInit, type WireEvent } from '../decoders/index.js';
import type { TrafficGenerator, TrafficOptions } from './traffic.js';

export interface RoomTrafficOptions {
  /** Events per second (default 5; at least 10,000 works). 0 generates nothing on its own. */
  rate?: number | undefined;
  /** Relative weights of event kinds (see `DEFAULT_MIX`). */
  mix?: TrafficOptions['mix'] | undefined;
  /** Seed of this room's traffic (default: the simulator's seed). */
  seed?: number | undefined;
  /** Stop after this many generated events. */
  limit?: number | undefined;
  /** End the LIVE (control action 3) once `limit` is reached. */
  endAfterLimit?: boolean | undefined;
  /** Size of the simulated audience. */
  audience?: number | undefined;
}

/** A captured message in the `shared/realframes` format. */
export type RealFramesFile = Record<string, Array<{ eventData: string; ts?: string }>>;

/** Where a room's automatic traffic goes. */
export interface TrafficSink {
  /** Generated events to publish. */
  events(events: WireEvent[]): void;
  /** Real captured messages to publish as they are, with their event types and msgIds. */
  messages(messages: Array<{ raw: RawMessageInit; type: WireEvent['type']; eventMsgId: string }>, now: number): void;
  /** `limit` was reached with `endAfterLimit`. */
  end(): void;
}

const TICK_MS = 10;

/**
 * A room's automatic traffic: `rate` events a second in 10 ms ticks, generated
 * or real captured payloads (played once), until `limit`.
 */
export class RoomTraffic {
  private ticker: NodeJS.Timeout | undefined;
  private due = 0;
  private lastTick = 0;
  private generated = 0;
  private readonly realQueue: RawMessageInit[] | undefined;

  constructor(
    private readonly options: RoomTrafficOptions | false,
    private readonly generator: TrafficGenerator,
    realFrames: RealFramesFile | undefined,
    private readonly sink: TrafficSink,
  ) {
    if (realFrames) this.realQueue = realFramesQueue(realFrames, generator);
  }

  private get rate(): number {
    return this.options ? (this.options.rate ?? 0) : 0;
  }

  start(): void {
    this.lastTick = Date.now();
    if (this.rate > 0) {
      this.ticker = setInterval(() => this.tick(), TICK_MS);
      this.ticker.unref();
    }
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private tick(): void {
    const now = Date.now();
    this.due += (this.rate * (now - this.lastTick)) / 1000;
    this.lastTick = now;
    let n = Math.floor(this.due);
    this.due -= n;
    const limit = this.options ? this.options.limit : undefined;
    if (limit !== undefined) n = Math.min(n, limit - this.generated);
    if (n > 0) {
      this.generated += n;
      if (this.realQueue) {
        this.sink.messages(
          this.realQueue.splice(0, n).map((raw) => {
            const event = safeDecode(raw);
            return { raw, type: event?.type ?? 'unknown', eventMsgId: event?.msgId && event.msgId !== '0' ? event.msgId : raw.msgId };
          }),
          now,
        );
      } else {
        const events: WireEvent[] = [];
        for (let i = 0; i < n; i++) events.push(this.generator.next(now));
        this.sink.events(events);
      }
    }
    // Real payloads replace generated traffic: once they are all played, the room is quiet.
    if (this.realQueue && this.realQueue.length === 0) this.stop();
    if (limit !== undefined && this.generated >= limit) {
      this.stop();
      if (this.options && this.options.endAfterLimit) this.sink.end();
    }
  }
}

function safeDecode(raw: RawMessageInit): WireEvent | undefined {
  try {
    return decodeMessage(raw.method, raw.payload, { msgId: raw.msgId });
  } catch {
    return undefined;
  }
}

/** Real captured payloads in capture order, each with a fresh envelope msgId. */
function realFramesQueue(file: RealFramesFile, ids: TrafficGenerator): RawMessageInit[] {
  const all: Array<{ method: string; payload: Uint8Array; ts: string }> = [];
  for (const [method, entries] of Object.entries(file)) {
    for (const e of entries) all.push({ method, payload: new Uint8Array(Buffer.from(e.eventData, 'base64')), ts: e.ts ?? '' });
  }
  all.sort((a, b) => a.ts.localeCompare(b.ts));
  return all.map((m) => ({ method: m.method, payload: m.payload, msgId: ids.nextMsgId() }));
}
