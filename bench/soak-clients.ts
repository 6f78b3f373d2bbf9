/**
 * The relay's clients for `npm run soak`, in a process of their own (so the
 * relay's process is not also doing its clients' reading). Started by
 * bench/soak.ts with `fork`; it is told the URLs over IPC, opens the
 * WebSocket and SSE clients, opens clients that stop reading when asked, and
 * answers `report` with each client's figures: the first msgId it got, how
 * many events, their sum (mod 2^64, to compare with what the simulator
 * published from that first one on) and how often a msgId was not larger
 * than the one before (the simulator's msgIds grow, so any repeat or
 * reordering shows).
 */
import type { Socket } from 'node:net';
import WebSocket from 'ws';

export interface ClientFigures {
  name: string;
  first?: string;
  count: number;
  sum: string;
  outOfOrder: number;
  endedHow?: string;
}

export type ToClients = { cmd: 'start'; wsUrl: string; sseUrl: string; clients: number } | { cmd: 'slow' } | { cmd: 'report' };
export type FromClients = { type: 'report'; clients: ClientFigures[]; allEnded: boolean } | { type: 'closed'; name: string; how: string };

const MASK = (1n << 64n) - 1n;

class Tally {
  first?: string;
  count = 0;
  sum = 0n;
  last = -1n;
  outOfOrder = 0;
  endedHow?: string;
  constructor(readonly name: string) {}

  add(line: string): void {
    const e = JSON.parse(line) as { msgId?: string; type: string };
    if (!e.msgId || e.type === 'error') return;
    const id = BigInt(e.msgId);
    this.first ??= e.msgId;
    if (id <= this.last) this.outOfOrder += 1;
    this.last = id;
    this.count += 1;
    this.sum = (this.sum + id) & MASK;
  }

  figures(): ClientFigures {
    return { name: this.name, first: this.first, count: this.count, sum: this.sum.toString(), outOfOrder: this.outOfOrder, endedHow: this.endedHow };
  }
}

const tallies: Tally[] = [];
const send = (message: FromClients) => process.send?.(message);
const ended = (t: Tally, how: string) => {
  t.endedHow = how;
  send({ type: 'closed', name: t.name, how });
};

function webSocketClient(url: string, name: string): void {
  const t = new Tally(name);
  tallies.push(t);
  const ws = new WebSocket(url);
  ws.on('message', (data) => t.add(String(data)));
  ws.on('error', () => {});
  ws.on('close', (code, reason) => ended(t, `close ${code} ${String(reason)}`));
}

async function sseClient(url: string, name: string): Promise<void> {
  const t = new Tally(name);
  tallies.push(t);
  try {
    const res = await fetch(url);
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let at = 0;
      let end;
      while ((end = buffer.indexOf('\n\n', at)) >= 0) {
        const block = buffer.slice(at, end);
        at = end + 2;
        for (const line of block.split('\n')) if (line.startsWith('data: ')) t.add(line.slice(6));
      }
      buffer = buffer.slice(at);
    }
    ended(t, 'stream ended');
  } catch (err) {
    ended(t, `error: ${(err as Error).message}`);
  }
}

let wsUrl = '';
process.on('message', (message: ToClients) => {
  if (message.cmd === 'start') {
    wsUrl = message.wsUrl;
    for (let i = 1; i <= message.clients; i++) webSocketClient(message.wsUrl, `relay ws #${i}`);
    void sseClient(message.sseUrl, 'relay sse');
  } else if (message.cmd === 'slow') {
    // A client that stops reading: the relay must drop it, and nobody else may notice.
    const ws = new WebSocket(wsUrl);
    ws.on('open', () => (ws as unknown as { _socket: Socket })._socket.pause());
    ws.on('error', () => {});
    setTimeout(() => ws.terminate(), 300_000).unref();
  } else if (message.cmd === 'report') {
    send({ type: 'report', clients: tallies.map((t) => t.figures()), allEnded: tallies.every((t) => t.endedHow !== undefined) });
  }
});
process.on('disconnect', () => process.exit(0));
