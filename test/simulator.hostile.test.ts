import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { sendAndReset, uncaughtDuring, upgradeRequest } from './support/hostile.js';
import { pushUrl, RawClient, resolveRoomId, signConnect, until } from './support/rawClient.js';

let sim: Simulator | undefined;
const clients: RawClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  await sim?.close();
  sim = undefined;
});

/** The path and query of a URL, as a request line names it. */
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

describe('simulator: hostile and broken clients cost only their own connection', () => {
  it('survives upgrade requests reset at once (accepted, refused, unknown room, wrong path), a reset POST and garbage', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'steady', traffic: false }], enforceSignature: true });
    const roomId = await resolveRoomId(sim, 'steady');
    const signed = await signConnect(sim, roomId);
    const good = pathOf(pushUrl(signed));
    const s = sim;
    const caught = await uncaughtDuring(async () => {
      for (let i = 0; i < 20; i++) {
        await Promise.all([
          // Accepted by the handshake checks (signed route token and cookie): reset before the 101 goes out.
          sendAndReset(s.url, upgradeRequest(s.url, good).replace('\r\n\r\n', `\r\ncookie: ${signed.cookie}\r\n\r\n`)),
          // Refused: no signature, then no such room.
          sendAndReset(s.url, upgradeRequest(s.url, `/webcast/im/push/v2/?room_id=${roomId}`)),
          sendAndReset(s.url, upgradeRequest(s.url, '/webcast/im/push/v2/?room_id=1')),
          sendAndReset(s.url, upgradeRequest(s.url, '/not/a/push/path')),
          sendAndReset(s.url, 'POST /webcast/sign_url HTTP/1.1\r\nHost: x\r\ncontent-length: 500\r\n\r\n{"url":"ht', 20),
          sendAndReset(s.url, Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x0d, 0x0a, 0x0d, 0x0a])),
        ]);
      }
    }, 500);
    expect(caught).toEqual([]);
    // A well-behaved client still connects and gets what the room says.
    const fresh = await signConnect(s, roomId);
    const c = new RawClient(pushUrl(fresh), roomId, { cookie: fresh.cookie, heartbeatMs: 100 });
    clients.push(c);
    await c.opened;
    await until(() => s.room('steady').connections().some((x) => x.enteredRoom), 5000, 'room entered');
    s.room('steady').emit('chat', 3);
    await until(() => c.events.length === 3, 5000, 'three chats');
  });
});
