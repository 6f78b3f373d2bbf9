import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { FrameDecodeError, PayloadTooLargeError, type WireEvent } from '../src/decoders/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulator/index.js';
import { pushUrl, RawClient, resolveRoomId, signConnect, sleep, until } from './support/rawClient.js';

let sim: Simulator | undefined;
const clients: RawClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  await sim?.close();
  sim = undefined;
});

async function setup(options: SimulatorOptions = {}, uniqueId = 'streamer') {
  sim = await startSimulator({ rooms: [{ uniqueId, traffic: false }], ...options });
  const roomId = await resolveRoomId(sim, uniqueId);
  const signed = await signConnect(sim, roomId);
  return { sim, room: sim.room(uniqueId), roomId, signed };
}

function client(url: string, roomId: string, options: ConstructorParameters<typeof RawClient>[2] = {}) {
  const c = new RawClient(url, roomId, { heartbeatMs: 100, ...options });
  clients.push(c);
  return c;
}

const ids = (events: WireEvent[]) => events.map((e) => e.msgId);

/** A socket for handshakes we expect to fail: its 'error' (closed before established) is expected. */
function rawSocket(url: string | URL, options: WebSocket.ClientOptions = {}): WebSocket {
  const ws = new WebSocket(url, options);
  ws.on('error', () => {});
  return ws;
}

describe('push WebSocket handshake', () => {
  it('accepts a good handshake with Handshake-Options and the echo-protocol subprotocol', async () => {
    const { roomId, signed } = await setup();
    const ws = new WebSocket(pushUrl(signed), ['echo-protocol'], { headers: { cookie: signed.cookie } });
    let headers: Record<string, unknown> = {};
    ws.once('upgrade', (res) => (headers = res.headers));
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    expect(headers['handshake-options']).toBe('ping-interval=10; reconnect-interval=1');
    expect(ws.protocol).toBe('echo-protocol');
    expect(roomId).toMatch(/^\d+$/);
    ws.terminate();
  });

  it('rejects like TikTok: HTTP 200 instead of 101, with handshake-status and handshake-msg', async () => {
    const { room, signed } = await setup();
    room.rejectHandshakes(1, 'DEVICE_BLOCKED');
    const ws = rawSocket(pushUrl(signed));
    const response = await new Promise<{ status: number; headers: Record<string, unknown> }>((resolve) =>
      ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode!, headers: res.headers })),
    );
    expect(response.status).toBe(200);
    expect(response.headers['handshake-status']).toBe('417');
    expect(response.headers['handshake-msg']).toBe('DEVICE_BLOCKED');
    ws.terminate();
    // Only the next one was rejected.
    const ok = client(pushUrl(signed), signed.roomId);
    await ok.opened;
  });

  it('rejects an unknown room and a missing room_id', async () => {
    const { signed } = await setup();
    for (const roomId of ['123', '']) {
      const url = new URL(pushUrl(signed));
      url.searchParams.set('room_id', roomId);
      const ws = rawSocket(url);
      const msg = await new Promise((resolve) => ws.once('unexpected-response', (_req, res) => resolve(res.headers['handshake-msg'])));
      expect(msg).toBe(roomId ? 'room not found' : 'missing room_id');
      ws.terminate();
    }
  });

  it('with enforceSignature, refuses a socket without the route token or ttwid cookie', async () => {
    const { signed } = await setup({ enforceSignature: true });
    const bare = new URL(pushUrl(signed));
    bare.searchParams.delete('wrss');
    const ws = rawSocket(bare, { headers: { cookie: signed.cookie } });
    const msg = await new Promise((resolve) => ws.once('unexpected-response', (_req, res) => resolve(res.headers['handshake-msg'])));
    expect(msg).toBe('illegal secret key');
    ws.terminate();
    const noCookie = rawSocket(pushUrl(signed));
    expect(await new Promise((resolve) => noCookie.once('unexpected-response', (_req, res) => resolve(res.statusCode)))).toBe(200);
    noCookie.terminate();
    const good = client(pushUrl(signed), signed.roomId, { cookie: signed.cookie });
    await good.opened;
  });
});

describe('room entry, heartbeats, acks, compression', () => {
  it('pushes nothing before im_enter_room', async () => {
    const { room, signed } = await setup();
    const c = client(pushUrl(signed), signed.roomId, { enter: false });
    await c.opened;
    room.emit('chat', 5);
    await sleep(300);
    expect(c.frames.filter((f) => f.frame.payloadType === 'msg')).toHaveLength(0);
    c.enter();
    await until(() => c.events.length === 5, 3000, '5 events after entering');
    expect(c.frames.some((f) => f.frame.payloadType === 'im_enter_room_resp' && f.frame.payload.length === 0)).toBe(true);
  });

  it('closes with 1000 payload_handler_hb when heartbeats stop, and keeps a beating socket open', async () => {
    const { signed } = await setup({ heartbeatTimeoutMs: 400 });
    const silent = client(pushUrl(signed), signed.roomId, { heartbeatMs: 0 });
    const beating = client(pushUrl(signed), signed.roomId, { heartbeatMs: 100 });
    expect(await silent.closed).toEqual({ code: 1000, reason: 'payload_handler_hb' });
    expect(beating.ws.readyState).toBe(WebSocket.OPEN);
    // Heartbeats are answered with an hb frame that carries no payload.
    expect(beating.frames.some((f) => f.frame.payloadType === 'hb' && f.frame.payload.length === 0)).toBe(true);
  });

  it('records enter-room, heartbeats and the acks of needAck results', async () => {
    const { room, signed } = await setup();
    const c = client(pushUrl(signed), signed.roomId);
    await c.opened;
    room.emit('like', 300); // several frames, some with needAck
    await until(() => c.events.length === 300, 5000, '300 events');
    await sleep(150);
    const received = room.received();
    expect(received[0]).toMatchObject({ payloadType: 'im_enter_room', detail: signed.roomId });
    const hbs = received.filter((f) => f.payloadType === 'hb');
    expect(hbs.length).toBeGreaterThan(0);
    expect(hbs.map((h) => Number(h.detail))).toEqual(hbs.map((_, i) => i + 1));
    const needAck = c.frames.filter((f) => f.result?.needAck);
    expect(needAck.length).toBeGreaterThan(0);
    const acks = received.filter((f) => f.payloadType === 'ack');
    expect(acks.map((a) => a.logId)).toEqual(needAck.map((f) => f.frame.logId));
    expect(acks.map((a) => a.detail)).toEqual(needAck.map((f) => f.result!.internalExt));
  });

  it('gzips msg payloads with compress_type gzip when asked, and sends raw ones otherwise', async () => {
    const { room, signed } = await setup();
    const gz = client(pushUrl(signed, { gzip: true }), signed.roomId);
    const raw = client(pushUrl(signed, { gzip: false }), signed.roomId);
    await Promise.all([gz.opened, raw.opened]);
    await sleep(50);
    room.emit('chat', 3);
    await until(() => gz.events.length === 3 && raw.events.length === 3, 3000, 'both clients');
    const gzFrame = gz.frames.find((f) => f.frame.payloadType === 'msg')!.frame;
    const rawFrame = raw.frames.find((f) => f.frame.payloadType === 'msg')!.frame;
    expect(gzFrame.headers.compress_type).toBe('gzip');
    expect([gzFrame.payload[0], gzFrame.payload[1]]).toEqual([0x1f, 0x8b]);
    expect(rawFrame.headers.compress_type).toBe('none');
    expect(rawFrame.payload[0]).not.toBe(0x1f);
    expect(ids(gz.events)).toEqual(ids(raw.events));
  });
});

describe('resume', () => {
  it('replays exactly what a client missed when it reconnects with its cursor', async () => {
    const { room, signed } = await setup();
    const first = client(pushUrl(signed), signed.roomId);
    await first.opened;
    room.emit('chat', 40);
    await until(() => first.events.length === 40, 3000, 'first 40');
    const resume = { cursor: first.cursor, internalExt: first.internalExt };
    await first.close();
    room.emit('gift', 25); // while nobody is connected
    const second = client(pushUrl(signed, { resume }), signed.roomId);
    await second.opened;
    room.emit('like', 10);
    await until(() => second.events.length === 35, 3000, 'missed 25 and new 10');
    const sent = room.sent().map((s) => s.msgId);
    expect(ids(first.events)).toEqual(sent.slice(0, 40));
    expect(ids(second.events)).toEqual(sent.slice(40));
  });

  it('replays missed messages in the sign server fetch when it is given the cursor', async () => {
    const { sim, room, signed } = await setup();
    const first = client(pushUrl(signed), signed.roomId);
    await first.opened;
    room.emit('chat', 10);
    await until(() => first.events.length === 10);
    const cursor = first.cursor;
    await first.close();
    room.emit('member', 7);
    const again = await signConnect(sim, signed.roomId, { cursor, internal_ext: first.internalExt });
    expect(again.result.messages.map((m) => m.msgId)).toEqual(room.sent().slice(10).map((s) => s.msgId));
  });

  it('resumes a client that omits cursor on the socket from where its fetch ended (route token)', async () => {
    const { room, signed } = await setup();
    room.emit('chat', 5);
    const url = new URL(pushUrl(signed));
    url.searchParams.delete('cursor');
    url.searchParams.delete('internal_ext');
    const c = client(url.toString(), signed.roomId);
    await c.opened;
    await until(() => c.events.length === 5, 3000, 'messages published after the fetch');
    expect(ids(c.events)).toEqual(room.sent().map((s) => s.msgId));
  });
});

describe('joining from the start of the history', () => {
  it('lets a new client (no cursor) receive the history first when the room says so', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'archive', traffic: false, joinFrom: 'start' }] });
    const room = sim.room('archive');
    room.emit('chat', 150); // more than one fetch result holds
    const signed = await signConnect(sim, room.roomId);
    expect(signed.result.messages).toHaveLength(64);
    const c = client(pushUrl(signed), room.roomId);
    await c.opened;
    await until(() => c.events.length === 150 - 64, 5000, 'the rest of the history');
    expect([...signed.result.messages.map((m) => m.msgId), ...c.events.map((e) => e.msgId)]).toEqual(room.sent().map((m) => m.msgId));
  });
});

describe('faults', () => {
  it('drops the socket with a close frame and without one', async () => {
    const { room, signed } = await setup();
    const a = client(pushUrl(signed), signed.roomId);
    await a.opened;
    await until(() => room.connections().length === 1);
    room.dropConnection({ clean: true });
    expect((await a.closed).code).toBe(1001);
    const b = client(pushUrl(signed), signed.roomId);
    await b.opened;
    await until(() => room.connections().length === 1);
    room.dropConnection({ clean: false });
    expect((await b.closed).code).toBe(1006);
  });

  it('stalls: stops sending and answering without closing, until resumed', async () => {
    const { room, signed } = await setup();
    const c = client(pushUrl(signed), signed.roomId);
    await c.opened;
    await until(() => room.connections()[0]?.enteredRoom === true);
    room.stall();
    const framesBefore = c.frames.length;
    room.emit('chat', 5);
    await sleep(400);
    expect(c.frames.length).toBe(framesBefore); // no msg frames, no hb answers
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
    room.resume();
    await until(() => c.events.length === 5, 3000, 'events after resume');
  });

  it('sends a corrupt frame, truncated gzip, a gzip bomb and an oversized frame', async () => {
    const { room, signed } = await setup();
    const c = client(pushUrl(signed), signed.roomId, { maxBytes: 8 * 1024 * 1024 });
    await c.opened;
    await until(() => room.connections()[0]?.enteredRoom === true);
    room.corruptFrame();
    room.truncatedGzip();
    room.gzipBomb();
    room.oversizedFrame(9 * 1024 * 1024);
    await until(() => c.errors.length === 4, 10_000, 'four bad frames');
    expect(c.errors[0]).toBeInstanceOf(FrameDecodeError);
    expect(c.errors[1]).toBeInstanceOf(FrameDecodeError);
    expect((c.errors[1] as Error).message).toMatch(/truncated/);
    expect(c.errors[2]).toBeInstanceOf(PayloadTooLargeError);
    expect(c.errors[3]).toBeInstanceOf(PayloadTooLargeError);
  });

  it('ends the LIVE with control action 3 and reports the room offline', async () => {
    const { sim, room, signed } = await setup();
    const c = client(pushUrl(signed), signed.roomId);
    await c.opened;
    await until(() => room.connections()[0]?.enteredRoom === true);
    room.end();
    await until(() => c.events.some((e) => e.type === 'control'), 3000, 'the end message');
    expect(c.events.at(-1)).toMatchObject({ type: 'control', action: 3 });
    const info = await (await fetch(`${sim.url}/webcast/room/info/?room_id=${signed.roomId}`)).json();
    expect(info.data.status).toBe(4);
  });

  it('triggers a fault from a typed Fault, or from a name and options of which the wrong types are ignored', async () => {
    const { room, signed } = await setup();
    const c = client(pushUrl(signed), signed.roomId);
    await c.opened;
    await until(() => room.connections().length === 1);
    room.fault({ type: 'dropConnection', code: 4001, reason: 'scripted drop' });
    expect(await c.closed).toEqual({ code: 4001, reason: 'scripted drop' });
    room.fault('signServerError', { count: 2, status: '502' });
    expect(room.pending).toMatchObject({ signServerError: 2, signServerStatus: 503 });
    room.fault('slowHttp');
    expect(room.pending.slowHttpMs).toBe(1000);
    room.fault({ type: 'slowHttp', ms: 0 });
    expect(room.pending.slowHttpMs).toBe(0);
  });

  it('runs scenario faults, typed and by name', async () => {
    const { room, signed } = await setup({
      rooms: [
        {
          uniqueId: 'streamer',
          traffic: false,
          scenario: [
            { at: 0, fault: { type: 'rejectHandshakes', message: 'SCRIPTED', status: 403 } },
            { at: 0, fault: 'signRateLimit', options: { count: 3, retryAfterSec: 7 } },
          ],
        },
      ],
    });
    await until(() => room.pending.rejectHandshakes === 1 && room.pending.signRateLimit === 3, 3000, 'the scenario faults');
    expect(room.pending.retryAfterSec).toBe(7);
    const ws = rawSocket(pushUrl(signed));
    const headers = await new Promise<Record<string, unknown>>((resolve) => ws.once('unexpected-response', (_req, res) => resolve(res.headers)));
    expect(headers).toMatchObject({ 'handshake-status': '403', 'handshake-msg': 'SCRIPTED' });
    ws.terminate();
  });

  it('goes offline without an end message: sockets close, new handshakes are refused', async () => {
    const { room, signed } = await setup();
    const c = client(pushUrl(signed), signed.roomId);
    await c.opened;
    room.goOffline();
    expect((await c.closed).code).toBe(1000);
    const ws = rawSocket(pushUrl(signed));
    expect(await new Promise((resolve) => ws.once('unexpected-response', (_req, res) => resolve(res.headers['handshake-msg'])))).toBe('room is not alive');
    ws.terminate();
  });
});

describe('observability and shutdown', () => {
  it('lists open connections with what they asked for', async () => {
    const { room, signed } = await setup();
    const c = client(pushUrl(signed), signed.roomId, { cookie: signed.cookie });
    await c.opened;
    await until(() => room.connections()[0]?.enteredRoom === true);
    const [conn] = room.connections();
    expect(conn).toMatchObject({ compress: true, stalled: false, enteredRoom: true });
    expect(conn!.cookies.ttwid).toMatch(/^1\|/);
    expect(conn!.url).toContain(`room_id=${signed.roomId}`);
    await c.close();
    await until(() => room.connections().length === 0, 2000, 'connection gone');
  });

  it('close() closes every socket and the server and leaves no handles behind', async () => {
    const count = (type: string) => process.getActiveResourcesInfo().filter((r) => r === type).length;
    const before = { servers: count('TCPServerWrap'), sockets: count('TCPSocketWrap'), timers: count('Timeout') };
    const { sim: s, room, signed } = await setup({ rooms: [{ uniqueId: 'streamer', traffic: { rate: 100 } }] });
    const c = client(pushUrl(signed), signed.roomId);
    await c.opened;
    room.emit('chat', 3);
    await s.close();
    sim = undefined;
    expect((await c.closed).code).toBe(1006);
    clients.length = 0;
    await sleep(50);
    expect(count('TCPServerWrap')).toBeLessThanOrEqual(before.servers);
    expect(count('TCPSocketWrap')).toBeLessThanOrEqual(before.sockets);
    expect(count('Timeout')).toBeLessThanOrEqual(before.timers);
  });

  it('push frames carry no payload except msg frames', async () => {
    const { room, signed } = await setup();
    const c = client(pushUrl(signed), signed.roomId);
    await c.opened;
    room.emit('chat', 1);
    await until(() => c.events.length === 1);
    await sleep(150);
    const others = c.frames.filter((f) => f.frame.payloadType !== 'msg');
    expect(others.map((f) => f.frame.payloadType)).toContain('im_enter_room_resp');
    for (const f of others) expect(f.frame.payload.length).toBe(0);
  });
});
