import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../src/relay/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { rawExchange, sendAndReset, uncaughtDuring, upgradeRequest } from './support/hostile.js';
import { until } from './support/rawClient.js';

const KEY = 'relay-admin-key';
let sim: Simulator | undefined;
let relay: Relay | undefined;
afterEach(async () => {
  await relay?.close();
  await sim?.close();
  relay = undefined;
  sim = undefined;
});

async function setup() {
  sim = await startSimulator({ rooms: [{ uniqueId: 'calm', traffic: false }] });
  relay = await startRelay({ apiKeys: [KEY], liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false }, graceMs: 100 });
  return { sim, relay };
}

async function mint(): Promise<string> {
  const res = await fetch(`${relay!.url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': KEY }, body: JSON.stringify({ rooms: ['calm'], maxConnections: 100 }) });
  return ((await res.json()) as { token: string }).token;
}

/** A page that behaves: it gets a token, connects and receives what the room says. */
async function wellBehavedClientGetsEvents(): Promise<void> {
  const jwt = await mint();
  const ws = new WebSocket(`${relay!.url.replace('http', 'ws')}/ws?uniqueId=calm&jwtKey=${jwt}`);
  const types: string[] = [];
  ws.on('message', (d) => types.push((JSON.parse(d.toString()) as { type: string }).type));
  await until(() => types.includes('connected'), 10_000, 'the upstream');
  sim!.room('calm').emit('chat', 3);
  await until(() => types.filter((t) => t === 'chat').length === 3, 10_000, 'three chats');
  ws.close();
}

/** Nothing escaped while `hostile` ran, nothing of it is left attached, and a page that behaves is served. */
async function survives(hostile: () => Promise<void>): Promise<void> {
  expect(await uncaughtDuring(hostile, 500)).toEqual([]);
  await until(() => relay!.stats().clients === 0, 5000, 'no hostile client left attached');
  await wellBehavedClientGetsEvents();
}

describe('relay: hostile and broken clients cost only their own connection', () => {
  it('survives upgrade requests reset at once: no token, a valid token, a bad room and a wrong path', async () => {
    await setup();
    const jwt = await mint();
    await survives(async () => {
      for (let i = 0; i < 20; i++) {
        await Promise.all([
          sendAndReset(relay!.url, upgradeRequest(relay!.url, '/ws?uniqueId=calm')),
          sendAndReset(relay!.url, upgradeRequest(relay!.url, `/ws?uniqueId=calm&jwtKey=${jwt}`)),
          sendAndReset(relay!.url, upgradeRequest(relay!.url, '/ws?uniqueId=')),
          sendAndReset(relay!.url, upgradeRequest(relay!.url, '/nowhere')),
        ]);
      }
    });
  });

  it('keeps no SSE client whose connection was reset before its token was checked', async () => {
    await setup();
    const jwt = await mint();
    await survives(async () => {
      for (let i = 0; i < 30; i++) await Promise.all(Array.from({ length: 5 }, () => sendAndReset(relay!.url, `GET /events?uniqueId=calm&jwtKey=${jwt} HTTP/1.1\r\nHost: x\r\n\r\n`, 0)));
    });
  });

  it('survives a POST reset in the middle of its body, garbage bytes and an SSE stream reset while open', async () => {
    await setup();
    const jwt = await mint();
    await survives(async () => {
      for (let i = 0; i < 10; i++) {
        await Promise.all([
          sendAndReset(relay!.url, `POST /authentication/jwt HTTP/1.1\r\nHost: x\r\nx-api-key: ${KEY}\r\ncontent-length: 1000\r\n\r\n{"rooms":["ca`, 20),
          sendAndReset(relay!.url, Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x00, 0x0d, 0x0a, 0x0d, 0x0a, 0xde, 0xad])),
          rawExchange(relay!.url, 'GARBAGE / NOT-HTTP\r\n\r\n', 1000),
          sendAndReset(relay!.url, `GET /events?uniqueId=calm&jwtKey=${jwt} HTTP/1.1\r\nHost: x\r\n\r\n`, 50),
        ]);
      }
    });
  });

  it('answers an oversized token request 413 with connection: close, and closes that connection', async () => {
    await setup();
    const body = JSON.stringify({ rooms: ['calm'], pad: 'x'.repeat(70 * 1024) });
    const { text, closed } = await rawExchange(relay!.url, `POST /authentication/jwt HTTP/1.1\r\nHost: x\r\nx-api-key: ${KEY}\r\ncontent-length: ${body.length}\r\n\r\n${body}`);
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text.toLowerCase()).toContain('connection: close');
    expect(closed).toBe(true);
    await wellBehavedClientGetsEvents();
  });
});
