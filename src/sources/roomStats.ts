import { asyncScheduler, interval, map, type Observable, type SchedulerLike } from 'rxjs';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { LiveError } from '../errors.js';

/** One look at a room's figures. Times are the scheduler's (epoch ms by default). */
export interface RoomStatsSnapshot {
  /** A push socket is open now. */
  connected: boolean;
  /** The connection attempt in progress (1 for the first). */
  attempt: number;
  /** TikTok events delivered (lifecycle events not counted). */
  events: number;
  /** Events per second over the last `windowMs`. */
  eventsPerSecond: number;
  /** WebSocket messages received, and their bytes as they came (compressed). */
  frames: number;
  bytes: number;
  /** Reconnects scheduled after a connection problem. */
  reconnects: number;
  /** Messages that failed to decode (`error` events). */
  decodeErrors: number;
  /** Resumes that could not replay everything (`gap` events), and the messages they missed. */
  gaps: number;
  missed: number;
  /** now − createTime of the last event, ms: how far behind the room the stream runs. */
  lagMs: number | undefined;
  lastEventAt: number | undefined;
  /** Heartbeats sent, when the last one went, and the time between the last two of one connection. */
  heartbeats: number;
  lastHeartbeatAt: number | undefined;
  heartbeatGapMs: number | undefined;
  /** The longest time between two heartbeats of one connection so far. */
  maxHeartbeatGapMs: number;
  /** The last connection problem or decode error (messages never carry credentials). */
  lastError: { code: string; message: string; at: number } | undefined;
}

export interface RoomStatsOptions {
  /** The window `eventsPerSecond` is measured over, ms. Default 10,000. */
  windowMs?: number | undefined;
  /** Where time comes from. Default `asyncScheduler`; give `liveRoom$` the same one. */
  scheduler?: SchedulerLike | undefined;
}

const BUCKET_MS = 1000;

/**
 * A room's running figures — events/s, reconnects, bytes, lag, heartbeats,
 * the last error — for bots to log and servers to export, without a server.
 * Pass one to `liveRoom$(id, { stats })`, read it with `snapshot()` whenever
 * you like, or as a stream with `roomStats$(stats)`. Memory is constant.
 *
 * @example
 * const stats = new RoomStats();
 * liveRoom$('some_streamer', { stats }).subscribe({ next: handle, error: console.error });
 * roomStats$(stats, { intervalMs: 60_000 }).subscribe((s) => console.log(`${s.eventsPerSecond} events/s, lag ${s.lagMs} ms`));
 */
export class RoomStats {
  private readonly scheduler: SchedulerLike;
  private readonly buckets: Float64Array;
  private readonly bucketStart: Float64Array;
  private firstEventAt: number | undefined;
  private state: RoomStatsSnapshot = {
    connected: false,
    attempt: 0,
    events: 0,
    eventsPerSecond: 0,
    frames: 0,
    bytes: 0,
    reconnects: 0,
    decodeErrors: 0,
    gaps: 0,
    missed: 0,
    lagMs: undefined,
    lastEventAt: undefined,
    heartbeats: 0,
    lastHeartbeatAt: undefined,
    heartbeatGapMs: undefined,
    maxHeartbeatGapMs: 0,
    lastError: undefined,
  };

  constructor(options: RoomStatsOptions = {}) {
    this.scheduler = options.scheduler ?? asyncScheduler;
    const slots = Math.max(1, Math.ceil((options.windowMs ?? 10_000) / BUCKET_MS));
    this.buckets = new Float64Array(slots);
    this.bucketStart = new Float64Array(slots).fill(-Infinity);
  }

  /** The figures now. */
  snapshot(): RoomStatsSnapshot {
    const now = this.scheduler.now();
    let count = 0;
    const oldest = now - this.buckets.length * BUCKET_MS;
    for (let i = 0; i < this.buckets.length; i++) if (this.bucketStart[i]! > oldest) count += this.buckets[i]!;
    const span = Math.min(this.buckets.length * BUCKET_MS, Math.max(BUCKET_MS, now - (this.firstEventAt ?? now)));
    return { ...this.state, eventsPerSecond: Math.round((count * 1000 * 100) / span) / 100, lastError: this.state.lastError && { ...this.state.lastError } };
  }

  /** One WebSocket message of `bytes` arrived. */
  recordFrame(bytes: number): void {
    this.state.frames += 1;
    this.state.bytes += bytes;
  }

  /** A heartbeat went out; `seq` counts from 1 on each connection. */
  recordHeartbeat(seq: number): void {
    const now = this.scheduler.now();
    const s = this.state;
    s.heartbeats += 1;
    if (seq > 1 && s.lastHeartbeatAt !== undefined) {
      s.heartbeatGapMs = now - s.lastHeartbeatAt;
      if (s.heartbeatGapMs > s.maxHeartbeatGapMs) s.maxHeartbeatGapMs = s.heartbeatGapMs;
    }
    s.lastHeartbeatAt = now;
  }

  /** An event `liveRoom$` emitted. */
  recordEvent(event: LiveEvent): void {
    const s = this.state;
    const now = this.scheduler.now();
    switch (event.type) {
      case 'connected':
        s.connected = true;
        s.attempt = event.attempt;
        return;
      case 'disconnected':
        s.connected = false;
        if (event.willReconnect) s.reconnects += 1;
        s.lastError = { code: event.code === undefined ? (event.error?.code ?? 'DISCONNECTED') : `CLOSE_${event.code}`, message: event.reason, at: now };
        return;
      case 'error':
        s.decodeErrors += 1;
        s.lastError = { code: event.error.code, message: event.error.message, at: now };
        return;
      case 'gap':
        s.gaps += 1;
        s.missed += event.missed ?? 0;
        return;
      case 'roomInfo':
        return;
      default: {
        s.events += 1;
        s.lastEventAt = now;
        if (event.createTime > 0) s.lagMs = now - event.createTime;
        this.firstEventAt ??= now;
        const start = now - (now % BUCKET_MS);
        const slot = Math.floor(start / BUCKET_MS) % this.buckets.length;
        if (this.bucketStart[slot] !== start) {
          this.bucketStart[slot] = start;
          this.buckets[slot] = 0;
        }
        this.buckets[slot]! += 1;
      }
    }
  }

  /** The stream ended: with `error` (terminal) or completed. */
  recordEnd(error?: unknown): void {
    this.state.connected = false;
    if (error !== undefined) {
      const e = error instanceof LiveError ? error : undefined;
      this.state.lastError = { code: e?.code ?? 'ERROR', message: e?.message ?? 'the stream failed', at: this.scheduler.now() };
    }
  }
}

export interface RoomStatsStreamOptions {
  /** Time between snapshots, ms. Default 1,000. */
  intervalMs?: number | undefined;
  /** Default `asyncScheduler`. */
  scheduler?: SchedulerLike | undefined;
}

/**
 * A snapshot of `stats` every `intervalMs`, for as long as you subscribe.
 *
 * ```
 * stats$:  ----s---s---s-    (intervalMs 4)
 * ```
 *
 * @example
 * roomStats$(stats, { intervalMs: 5000 }).subscribe((s) => log.info(s));
 */
export function roomStats$(stats: RoomStats, options: RoomStatsStreamOptions = {}): Observable<RoomStatsSnapshot> {
  return interval(options.intervalMs ?? 1000, options.scheduler ?? asyncScheduler).pipe(map(() => stats.snapshot()));
}
