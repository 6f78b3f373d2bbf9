// The load of bench/relay.ts: many WebSocket clients of one relay room, in a process of their own so
// that the relay's process is what the bench measures. Driven over IPC:
//   { cmd: 'connect', url, room, token, n, format, sampleEvery } → { connected, ms }
//   { cmd: 'report', expected, deadlineMs } → what the clients got, once all closed or at the deadline
// Latency: this process's clock (performance.timeOrigin + now) minus the stamp the bench puts in each
// chat comment (`t:<ms>`) with the same clock when it hands the event to the simulator.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';

interface Client {
  ws: WebSocket;
  events: number;
  latencies?: number[];
  close?: number;
}

const MARK = Buffer.from('"comment":"t:');
const QUOTE = 0x22;
const clients: Client[] = [];
let allClosed: () => void = () => {};
// A busy client process adds its own delay to every latency it measures: reported beside them.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });

const now = () => performance.timeOrigin + performance.now();

function onMessage(c: Client, data: Buffer): void {
  const at = c.latencies ? now() : 0;
  let i = data.indexOf(MARK);
  while (i !== -1) {
    c.events += 1;
    if (c.latencies) {
      const from = i + MARK.length;
      const to = data.indexOf(QUOTE, from);
      c.latencies.push(at - Number(data.toString('latin1', from, to)));
    }
    i = data.indexOf(MARK, i + MARK.length);
  }
}

function open(url: string, sample: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { skipUTF8Validation: true, perMessageDeflate: false });
    const c: Client = { ws, events: 0, ...(sample ? { latencies: [] } : {}) };
    clients.push(c);
    ws.on('error', (err) => reject(err));
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.on('message', (data: Buffer) => onMessage(c, data));
    ws.once('close', (code) => {
      c.close = code;
      if (clients.every((x) => x.close !== undefined)) allClosed();
    });
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!) : NaN;
}

process.on('message', async (msg: { cmd: string; [k: string]: unknown }) => {
  if (msg.cmd === 'connect') {
    const { url, room, token, n, format, sampleEvery } = msg as unknown as { url: string; room: string; token: string; n: number; format: string; sampleEvery: number };
    const target = `${url.replace(/^http/, 'ws')}/ws?uniqueId=${room}&jwtKey=${encodeURIComponent(token)}${format === 'array' ? '&format=array' : ''}`;
    const start = performance.now();
    let connected = 0;
    // In waves, so the relay's accept backlog never overflows.
    for (let i = 0; i < n; i += 250) {
      const wave = Array.from({ length: Math.min(250, n - i) }, (_, j) => open(target, (i + j) % sampleEvery === 0));
      connected += (await Promise.allSettled(wave)).filter((r) => r.status === 'fulfilled').length;
    }
    loopDelay.enable();
    process.send!({ connected, ms: Math.round(performance.now() - start) });
  } else if (msg.cmd === 'report') {
    const { expected, deadlineMs } = msg as unknown as { expected: number; deadlineMs: number };
    const closed = new Promise<void>((resolve) => {
      allClosed = resolve;
      if (clients.every((x) => x.close !== undefined)) resolve();
    });
    await Promise.race([closed, new Promise((r) => setTimeout(r, deadlineMs))]);
    const latencies = clients.flatMap((c) => c.latencies ?? []).sort((a, b) => a - b);
    const closes: Record<string, number> = {};
    for (const c of clients) closes[c.close ?? 'open'] = (closes[c.close ?? 'open'] ?? 0) + 1;
    process.send!({
      clients: clients.length,
      complete: clients.filter((c) => c.events === expected).length,
      closes,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      max: quantile(latencies, 1),
      samples: latencies.length,
      loopDelayMaxMs: loopDelay.max / 1e6,
    });
  } else if (msg.cmd === 'close') {
    for (const c of clients) c.ws.terminate();
    process.exit(0);
  }
});
process.send!({ ready: true });
