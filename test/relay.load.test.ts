import type WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../src/simulator/index.js';
import { sleep, until } from './support/rawClient.js';
import { relayHarness, type RelayHarness } from './support/relay.js';

const start = relayHarness();

const CHAT = Buffer.from('"type":"chat"');

/** A client that only counts: parsing every message in this process would load it more than the relay. */
interface Counter {
  ws: WebSocket;
  chats: number;
  last: string;
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}
function counter(h: RelayHarness, room: string, jwt: string): Counter {
  const ws = h.ws(room, jwt);
  const c: Counter = {
    ws,
    chats: 0,
    last: '',
    opened: new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    }),
    closed: new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
  };
  ws.on('message', (d: Buffer) => {
    if (d.includes(CHAT)) c.chats += 1;
    else c.last = d.toString();
  });
  return c;
}

/**
 * The longest time the simulator went without a heartbeat from one connection, from its entering the
 * room to the last frame it sent (once the LIVE has ended and it has closed, heartbeats stop).
 */
function longestHeartbeatGap(sim: Simulator, room: string, connectionId: number): number {
  const frames = sim
    .room(room)
    .received()
    .filter((f) => f.connectionId === connectionId);
  const beats = frames.filter((f) => f.payloadType === 'hb' || f.payloadType === 'im_enter_room').map((f) => f.at);
  beats.push(frames.at(-1)!.at);
  let gap = 0;
  for (let i = 1; i < beats.length; i++) gap = Math.max(gap, beats[i]! - beats[i - 1]!);
  return gap;
}

describe('relay: upstream liveness under fan-out load', () => {
  it('keeps the upstream heartbeating while 300 clients take 6,000 events, and every client gets the end of the LIVE', { timeout: 60_000 }, async () => {
    const HEARTBEAT_TIMEOUT = 4000;
    const h = await start({ rooms: [{ uniqueId: 'crowd', traffic: false }], heartbeatTimeoutMs: HEARTBEAT_TIMEOUT }, (sim) => ({
      // Heartbeats every 500 ms against a 4 s timeout: only a relay that stops heartbeating for
      // seconds loses the upstream. The relay's own stale watchdog is kept out of the way.
      liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false, heartbeatInterval: 500, staleAfterMs: 60_000 },
      maxBufferBytes: 64 * 1024 * 1024,
    }));
    const { sim, relay } = h;
    const jwt = await h.mint(['crowd'], 300);
    const clients: Counter[] = [];
    // In waves, so the accept backlog never overflows.
    for (let w = 0; w < 3; w++) {
      const wave = Array.from({ length: 100 }, () => counter(h, 'crowd', jwt));
      await Promise.all(wave.map((c) => c.opened));
      clients.push(...wave);
    }
    const room = sim.room('crowd');
    await until(() => relay.stats().clients === 300 && room.connections().some((c) => c.enteredRoom), 10_000, '300 clients and the upstream');
    const upstreamId = room.connections()[0]!.id;

    // 6,000 events in three bursts: 1.8 million messages to write, far more than one core sends
    // in the time the upstream may go without a heartbeat.
    for (let i = 0; i < 3; i++) {
      room.emit('chat', 2000);
      await sleep(500);
    }
    room.end();
    const closes = await Promise.all(clients.map((c) => c.closed));

    const entered = room.received().filter((f) => f.payloadType === 'im_enter_room');
    const gap = longestHeartbeatGap(sim, 'crowd', upstreamId);
    // The simulator never dropped the upstream for missing heartbeats: it entered the room once,
    // and its heartbeats never stopped for as long as the simulator's timeout.
    expect(entered.map((f) => f.connectionId), `longest heartbeat gap ${gap} ms`).toEqual([upstreamId]);
    expect(gap).toBeLessThan(HEARTBEAT_TIMEOUT);
    // Every client got every event and then the end of the LIVE, not an upstream failure.
    expect(closes.filter((c) => c.code !== 1000)).toEqual([]);
    expect(new Set(closes.map((c) => c.reason))).toEqual(new Set(['The LIVE has ended']));
    expect(new Set(clients.map((c) => c.chats))).toEqual(new Set([6000]));
    expect(new Set(clients.map((c) => (JSON.parse(c.last) as { type: string; action: number }).type))).toEqual(new Set(['control']));
  });
});
