import { Subject } from 'rxjs';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../src/operators/pipeline/events.js';
import { MessageDecodeError } from '../src/errors.js';
import { startRelay, type Relay } from '../src/relay/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';
import { sseData } from './support/relay.js';

const KEY = 'relay-admin-key';
let sim: Simulator | undefined;
const relays: Relay[] = [];
const sockets: WebSocket[] = [];
const aborts: AbortController[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  for (const a of aborts.splice(0)) a.abort();
  for (const r of relays.splice(0)) await r.close();
  await sim?.close();
  sim = undefined;
});

async function relayWith(options: Parameters<typeof startRelay>[0]): Promise<Relay> {
  const relay = await startRelay({ apiKeys: [KEY], graceMs: 100, ...options });
  relays.push(relay);
  return relay;
}

async function mint(relay: Relay, room: string): Promise<string> {
  const res = await fetch(`${relay.url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': KEY }, body: JSON.stringify({ rooms: [room], maxConnections: 5 }) });
  return ((await res.json()) as { token: string }).token;
}

function wsClient(relay: Relay, room: string, jwt: string): { ws: WebSocket; messages: Array<{ type: string; msgId?: string }> } {
  const ws = new WebSocket(`${relay.url.replace('http', 'ws')}/ws?uniqueId=${room}&jwtKey=${jwt}`);
  sockets.push(ws);
  ws.on('error', () => {});
  const messages: Array<{ type: string; msgId?: string }> = [];
  ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
  return { ws, messages };
}

function sseClient(relay: Relay, room: string, jwt: string): { messages: Array<{ type: string; msgId?: string }> } {
  const controller = new AbortController();
  aborts.push(controller);
  const messages: Array<{ type: string; msgId?: string }> = [];
  void (async () => {
    const res = await fetch(`${relay.url}/events?uniqueId=${room}&jwtKey=${jwt}`, { signal: controller.signal });
    const decoder = new TextDecoder();
    let text = '';
    const reader = res.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text += decoder.decode(value, { stream: true });
      const records = text.split('\n\n');
      text = records.pop()!;
      for (const data of sseData(records.join('\n\n'))) messages.push(JSON.parse(data));
    }
  })().catch(() => {});
  return { messages };
}

/** The samples of a Prometheus text exposition, as `name{labels}` → value. */
async function scrape(relay: Relay): Promise<Map<string, number>> {
  const res = await fetch(`${relay.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

async function status(relay: Relay, path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${relay.url}${path}`);
  return { status: res.status, body: await res.json() };
}

describe('relay operations: /healthz, /readyz, /metrics', () => {
  it('counts what a simulator room sent in and what went out to WebSocket and SSE clients, with lag and heartbeat gaps', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'busy', traffic: false }] });
    // Fast heartbeats make a gap to measure; the watchdog stays out of the way of a busy machine.
    const relay = await relayWith({ liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false, heartbeatInterval: 100, staleAfterMs: 10_000 } });
    const jwt = await mint(relay, 'busy');
    const ws = wsClient(relay, 'busy', jwt);
    const sse = sseClient(relay, 'busy', jwt);
    await until(() => ws.messages.some((m) => m.type === 'connected') && sse.messages.some((m) => m.type === 'connected'), 10_000, 'both clients connected');
    const room = sim.room('busy');
    room.emit('chat', 7);
    room.emit('like', 4);
    const wire = (ms: Array<{ msgId?: string }>) => ms.filter((m) => m.msgId !== undefined).length;
    await until(() => wire(ws.messages) === 11 && wire(sse.messages) === 11, 10_000, 'eleven events at both clients');
    // Two heartbeats of one connection make a gap.
    await until(() => room.received().filter((r) => r.payloadType === 'hb').length >= 3, 10_000, 'heartbeats');
    const m = await scrape(relay);
    expect(m.get('tiktok_live_relay_events_in_total{room="busy",type="chat"}')).toBe(7);
    expect(m.get('tiktok_live_relay_events_in_total{room="busy",type="like"}')).toBe(4);
    expect(m.get('tiktok_live_relay_events_in_total{room="busy",type="connected"}')).toBe(1);
    expect(m.get('tiktok_live_relay_events_out_total{room="busy",transport="ws"}')).toBe(ws.messages.length);
    expect(m.get('tiktok_live_relay_events_out_total{room="busy",transport="sse"}')).toBe(sse.messages.length);
    expect(ws.messages.length).toBe(12);
    expect(m.get('tiktok_live_relay_clients{transport="ws"}')).toBe(1);
    expect(m.get('tiktok_live_relay_clients{transport="sse"}')).toBe(1);
    expect(m.get('tiktok_live_relay_upstreams')).toBe(1);
    expect(m.get('tiktok_live_relay_event_lag_seconds_count{room="busy"}')).toBe(11);
    expect(m.get('tiktok_live_relay_event_lag_seconds_bucket{le="+Inf",room="busy"}')).toBe(11);
    const gap = m.get('tiktok_live_relay_upstream_heartbeat_gap_seconds{room="busy"}');
    expect(gap).toBeGreaterThan(0.05);
    expect(gap).toBeLessThan(2);
    expect(m.get('tiktok_live_relay_slow_clients_dropped_total')).toBe(0);
    expect((await status(relay, '/healthz')).body).toEqual({ ok: true });
    expect(await status(relay, '/readyz')).toEqual({ status: 200, body: { ok: true, upstreams: 1, notReady: [] } });
    // The old /health stays.
    expect(await status(relay, '/health')).toEqual({ status: 200, body: { ok: true, upstreams: 1, clients: 2 } });
  });

  it('is ready only while every upstream is connected; counts reconnects and decode errors; keeps two relays apart', async () => {
    const upstream = new Subject<LiveEvent>();
    const relay = await relayWith({ source: () => upstream });
    const other = await relayWith({ source: () => new Subject<LiveEvent>() });
    expect(await status(relay, '/readyz')).toEqual({ status: 200, body: { ok: true, upstreams: 0, notReady: [] } });
    const c = wsClient(relay, 'flaky', await mint(relay, 'flaky'));
    await until(() => relay.stats().upstreams === 1, 5000, 'the upstream');
    expect(await status(relay, '/readyz')).toEqual({ status: 503, body: { ok: false, upstreams: 1, notReady: [{ room: 'flaky', state: 'connecting' }] } });
    upstream.next({ type: 'connected', roomId: '1', attempt: 1 });
    expect((await status(relay, '/readyz')).status).toBe(200);
    upstream.next({ type: 'disconnected', code: 1006, reason: 'lost', attempt: 1, willReconnect: true, delayMs: 1000 });
    upstream.next({ type: 'error', error: new MessageDecodeError('WebcastGiftMessage', 'bad'), method: 'WebcastGiftMessage' });
    expect(await status(relay, '/readyz')).toEqual({ status: 503, body: { ok: false, upstreams: 1, notReady: [{ room: 'flaky', state: 'reconnecting' }] } });
    upstream.next({ type: 'disconnected', code: 1006, reason: 'lost', attempt: 2, willReconnect: true, delayMs: 2000 });
    upstream.next({ type: 'connected', roomId: '1', attempt: 3 });
    await until(() => c.messages.length === 5, 5000, 'five items at the client');
    expect((await status(relay, '/readyz')).status).toBe(200);
    const m = await scrape(relay);
    expect(m.get('tiktok_live_relay_upstream_reconnects_total{room="flaky"}')).toBe(2);
    expect(m.get('tiktok_live_relay_decode_errors_total{room="flaky",code="MESSAGE_DECODE"}')).toBe(1);
    expect(m.get('tiktok_live_relay_events_out_total{room="flaky",transport="ws"}')).toBe(5);
    const o = await scrape(other);
    expect(o.get('tiktok_live_relay_upstream_reconnects_total{room="flaky"}')).toBeUndefined();
    expect(o.get('tiktok_live_relay_upstreams')).toBe(0);
  });
});
