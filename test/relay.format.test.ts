import { describe, expect, it } from 'vitest';
import { sleep, until } from './support/rawClient.js';
import { readAll, relayHarness, sseData, type RelayHarness } from './support/relay.js';

const start = relayHarness();

type Json = { type: string; msgId?: string; [k: string]: unknown };

async function setup(room: string) {
  const h = await start({ rooms: [{ uniqueId: room, traffic: false }] });
  return { ...h, jwt: await h.mint([room], 10) };
}

function wsClient(h: RelayHarness, room: string, jwt: string, query: string) {
  const ws = h.ws(room, jwt, query);
  const messages: unknown[] = [];
  ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
  return {
    messages,
    opened: new Promise<void>((resolve) => ws.once('open', () => resolve())),
    closed: new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
  };
}

describe('relay: format=array', () => {
  it('sends WebSocket clients that ask for it JSON arrays of events, every event in order, beside one-event clients', async () => {
    const h = await setup('arrays');
    const { sim, jwt } = h;
    const arrays = wsClient(h, 'arrays', jwt, '&format=array');
    const single = wsClient(h, 'arrays', jwt, '');
    await Promise.all([arrays.opened, single.opened]);
    const room = sim.room('arrays');
    await until(() => room.connections().some((c) => c.enteredRoom), 5000, 'upstream');
    await sleep(50);
    // Bursts, so that several events share a flush.
    for (let i = 0; i < 5; i++) {
      room.emit('chat', 40);
      await sleep(10);
    }
    room.end();
    expect(await arrays.closed).toEqual({ code: 1000, reason: 'The LIVE has ended' });
    await single.closed;
    const sent = room.sent().map((m) => m.msgId);

    expect(arrays.messages.every((m) => Array.isArray(m))).toBe(true);
    const batched = (arrays.messages as Json[][]).flat();
    expect(batched.filter((e) => e.msgId).map((e) => e.msgId)).toEqual(sent);
    expect(arrays.messages.length).toBeLessThan(batched.length);
    // The default stays one event per message, the same events.
    expect(single.messages.every((m) => !Array.isArray(m))).toBe(true);
    expect((single.messages as Json[]).map((e) => e.msgId ?? e.type)).toEqual(batched.map((e) => e.msgId ?? e.type));
  });

  it('sends Server-Sent Events clients one array per record', async () => {
    const { sim, relay, jwt } = await setup('sse_arrays');
    const res = await fetch(`${relay.url}/events?uniqueId=sse_arrays&jwtKey=${jwt}&format=array`);
    const read = readAll(res);
    const room = sim.room('sse_arrays');
    await until(() => room.connections().some((c) => c.enteredRoom), 5000, 'upstream');
    await sleep(50);
    room.emit('like', 30);
    room.end();
    const text = await read;
    const records = sseData(text).map((b) => JSON.parse(b) as Json[]);
    expect(records.every((r) => Array.isArray(r))).toBe(true);
    expect(records.flat().filter((e) => e.msgId).map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
  });

  it('refuses an unknown format before any upstream connection', async () => {
    const h = await setup('bad_format');
    const { sim, relay, jwt } = h;
    const res = await fetch(`${relay.url}/events?uniqueId=bad_format&jwtKey=${jwt}&format=xml`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'format must be "event" (the default) or "array"' });
    const ws = h.ws('bad_format', jwt, '&format=xml');
    const status = await new Promise<number>((resolve) => ws.once('unexpected-response', (_req, r) => resolve(r.statusCode ?? 0)));
    expect(status).toBe(400);
    expect(sim.openSockets()).toBe(0);
  });
});
