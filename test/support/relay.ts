import WebSocket from 'ws';
import { afterEach } from 'vitest';
import { startRelay, type Relay, type RelayOptions } from '../../src/relay/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

export interface RelayHarness {
  readonly sim: Simulator;
  readonly relay: Relay;
  /** A token for these rooms from the relay's admin route. */
  mint(rooms: string[], maxConnections: number): Promise<string>;
  /** A WebSocket to `/ws` of the relay (terminated after the test), with an error handler from the start. */
  ws(room: string, jwt: string, query?: string): WebSocket;
}

/**
 * A simulator and a relay in front of it, per test, closed after each: call
 * `relayHarness()` at the top of a test file, then `start(...)` in each test.
 */
export function relayHarness(key = 'relay-test-key') {
  let current: { sim: Simulator; relay: Relay; sockets: WebSocket[] } | undefined;
  afterEach(async () => {
    const c = current;
    current = undefined;
    if (!c) return;
    for (const s of c.sockets) s.terminate();
    await c.relay.close();
    await c.sim.close();
  });
  return async function start(simOptions: SimulatorOptions, relayOptions: (sim: Simulator) => Partial<RelayOptions> = () => ({})): Promise<RelayHarness> {
    const sim = await startSimulator(simOptions);
    const relay = await startRelay({ apiKeys: [key], liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false }, graceMs: 300, ...relayOptions(sim) });
    const sockets: WebSocket[] = [];
    current = { sim, relay, sockets };
    return {
      sim,
      relay,
      async mint(rooms, maxConnections) {
        const res = await fetch(`${relay.url}/authentication/jwt`, {
          method: 'POST',
          headers: { 'x-api-key': key, 'content-type': 'application/json' },
          body: JSON.stringify({ rooms, maxConnections, expiresIn: 120 }),
        });
        if (res.status !== 200) throw new Error(`minting a token: HTTP ${res.status}`);
        return ((await res.json()) as { token: string }).token;
      },
      ws(room, jwt, query = '') {
        const ws = new WebSocket(`${relay.url.replace('http', 'ws')}/ws?uniqueId=${room}&jwtKey=${encodeURIComponent(jwt)}${query}`);
        sockets.push(ws);
        ws.on('error', () => {});
        return ws;
      },
    };
  };
}

/** The whole body of a streamed response (an SSE stream that the relay ends), as text. */
export async function readAll(res: Response): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

/** The data of each Server-Sent Events record in `text` (records may carry an `id:` line too). */
export function sseData(text: string): string[] {
  return text
    .split('\n\n')
    .map((record) => record.split('\n').find((line) => line.startsWith('data: ')))
    .filter((line): line is string => line !== undefined)
    .map((line) => line.slice(6));
}

/** An event as a relay client gets it, without the relay's numbering (`relayId`). */
export function withoutRelayId<T>(item: T): T {
  if (!item || typeof item !== 'object' || !('relayId' in item)) return item;
  const { relayId: _relayId, ...rest } = item as T & { relayId: unknown };
  return rest as T;
}
