import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { LiveEvent } from '../operators/pipeline/events.js';
import type { RoomStats } from '../sources/roomStats.js';
import type { FanoutTransport } from './fanout.js';

/** What an open upstream is doing, for readiness. */
export type UpstreamState = 'connecting' | 'connected' | 'reconnecting';

/** What the metrics read at scrape time. */
export interface RelayMetricsSource {
  /** Open upstreams, with their state and (for `liveRoom$`) their stats. */
  upstreams(): ReadonlyMap<string, { state: UpstreamState; stats: RoomStats }>;
}

/**
 * A relay's Prometheus metrics, in a registry of its own (two relays in one
 * process do not clash). Rooms are labels; no token, key or upstream text is.
 */
export class RelayMetrics {
  readonly registry = new Registry();
  private readonly clients: Gauge<'transport'>;
  private readonly eventsIn: Counter<'room' | 'type'>;
  private readonly eventsOut: Counter<'room' | 'transport'>;
  private readonly slowDropped: Counter;
  private readonly reconnects: Counter<'room'>;
  private readonly decodeErrors: Counter<'room' | 'code'>;
  private readonly lag: Histogram<'room'>;

  constructor(source: RelayMetricsSource) {
    const registers = [this.registry];
    this.clients = new Gauge({ name: 'tiktok_live_relay_clients', help: 'Clients connected now, by transport.', labelNames: ['transport'], registers });
    new Gauge({
      name: 'tiktok_live_relay_upstreams',
      help: 'Upstream room connections open now.',
      registers,
      collect() {
        this.set(source.upstreams().size);
      },
    });
    this.eventsIn = new Counter({ name: 'tiktok_live_relay_events_in_total', help: 'Events received from upstreams, by room and event type.', labelNames: ['room', 'type'], registers });
    this.eventsOut = new Counter({ name: 'tiktok_live_relay_events_out_total', help: 'Events (and relay errors) sent to clients, each client counted, by room and transport.', labelNames: ['room', 'transport'], registers });
    this.slowDropped = new Counter({ name: 'tiktok_live_relay_slow_clients_dropped_total', help: 'Clients dropped for falling behind.', registers });
    this.reconnects = new Counter({ name: 'tiktok_live_relay_upstream_reconnects_total', help: 'Upstream reconnects scheduled (disconnected events that will reconnect).', labelNames: ['room'], registers });
    this.decodeErrors = new Counter({ name: 'tiktok_live_relay_decode_errors_total', help: 'In-band error events from upstreams (messages that failed to decode), by code.', labelNames: ['room', 'code'], registers });
    this.lag = new Histogram({
      name: 'tiktok_live_relay_event_lag_seconds',
      help: 'Time from an event’s createTime to its arrival at the relay.',
      labelNames: ['room'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    new Gauge({
      name: 'tiktok_live_relay_upstream_heartbeat_gap_seconds',
      help: 'Time between the last two heartbeats an upstream sent, per open room.',
      labelNames: ['room'],
      registers,
      collect() {
        this.reset();
        for (const [room, { stats }] of source.upstreams()) {
          const gap = stats.snapshot().heartbeatGapMs;
          if (gap !== undefined) this.set({ room }, gap / 1000);
        }
      },
    });
  }

  /** An event from a room's upstream, at `now` (epoch ms). */
  upstreamEvent(room: string, event: LiveEvent, now = Date.now()): void {
    this.eventsIn.inc({ room, type: event.type });
    if (event.type === 'disconnected') {
      if (event.willReconnect) this.reconnects.inc({ room });
    } else if (event.type === 'error') {
      this.decodeErrors.inc({ room, code: event.error.code });
    } else if ('createTime' in event && event.createTime > 0) {
      this.lag.observe({ room }, Math.max(0, now - event.createTime) / 1000);
    }
  }

  clientJoined(transport: FanoutTransport): void {
    this.clients.inc({ transport });
  }

  clientLeft(transport: FanoutTransport): void {
    this.clients.dec({ transport });
  }

  delivered(room: string, transport: FanoutTransport, events: number): void {
    this.eventsOut.inc({ room, transport }, events);
  }

  slowClientDropped(): void {
    this.slowDropped.inc();
  }
}
