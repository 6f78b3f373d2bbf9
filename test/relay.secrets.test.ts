import WebSocket from 'ws';
import { Subject } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../src/operators/pipeline/events.js';
import { MessageDecodeError, SignServerError } from '../src/errors.js';
import { startRelay, type Relay } from '../src/relay/index.js';
import { until } from './support/rawClient.js';
import { readAll, sseData, withoutRelayId } from './support/relay.js';

const KEY = 'relay-admin-key';
// Upstream text the library's own redaction would not recognise as a secret.
const SECRET = 'SECRET-5f3a9c';
let relay: Relay | undefined;
afterEach(async () => {
  await relay?.close();
  relay = undefined;
});

describe('relay: upstream text never reaches clients or logs', () => {
  it('sends disconnected, error and relayError items with a code and a fixed summary only, over WebSocket and SSE', async () => {
    const upstream = new Subject<LiveEvent>();
    const logs: string[] = [];
    relay = await startRelay({ apiKeys: [KEY], source: () => upstream, log: (l) => logs.push(l) });
    const minted = await fetch(`${relay.url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': KEY }, body: JSON.stringify({ rooms: ['leaky'], maxConnections: 2 }) });
    const { token } = (await minted.json()) as { token: string };
    const ws = new WebSocket(`${relay.url.replace('http', 'ws')}/ws?uniqueId=leaky&jwtKey=${token}`);
    const wsText: string[] = [];
    ws.on('message', (d) => wsText.push(d.toString()));
    const wsClosed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    const sse = readAll(await fetch(`${relay.url}/events?uniqueId=leaky&jwtKey=${token}`));
    await until(() => relay!.stats().clients === 2, 5000, 'both clients');

    upstream.next({ type: 'connected', roomId: '1', attempt: 1 });
    upstream.next({ type: 'disconnected', code: 1006, reason: `GET https://sign.example/webcast/fetch?apiKey=${SECRET}&sessionid=${SECRET} failed: ${SECRET}`, attempt: 1, willReconnect: true, delayMs: 1000 });
    upstream.next({ type: 'error', error: new MessageDecodeError('WebcastChatMessage', `bad bytes at ${SECRET}`), method: 'WebcastChatMessage', msgId: '42' });
    upstream.error(new SignServerError(`sign server answered ${SECRET}`, 502));

    const close = await wsClosed;
    const sseItems = sseData(await sse);
    const expected = [
      { type: 'connected', roomId: '1', attempt: 1 },
      { type: 'disconnected', code: 1006, reason: 'Connection failed or lost', attempt: 1, willReconnect: true, delayMs: 1000 },
      { type: 'error', error: { name: 'MessageDecodeError', code: 'MESSAGE_DECODE', message: 'A message could not be decoded' }, method: 'WebcastChatMessage', msgId: '42' },
      { type: 'relayError', code: 'SIGN_SERVER', message: 'Sign server unreachable or failing' },
    ];
    expect(wsText.map((t) => withoutRelayId(JSON.parse(t)))).toEqual(expected);
    expect(sseItems.map((t) => withoutRelayId(JSON.parse(t)))).toEqual(expected);
    expect(close).toEqual({ code: 1011, reason: 'Upstream failed: SIGN_SERVER' });
    for (const text of [...wsText, ...sseItems, close.reason, ...logs]) expect(text).not.toContain(SECRET);
    expect(logs.length).toBeGreaterThan(0);
  });
});
