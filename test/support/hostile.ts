import { connect, type Socket } from 'node:net';

/** Errors no listener caught while `run` ran (and shortly after): a server that let one escape would have died. */
export async function uncaughtDuring(run: () => Promise<void>, settleMs = 200): Promise<unknown[]> {
  const caught: unknown[] = [];
  const onError = (err: unknown) => caught.push(err);
  process.on('uncaughtException', onError);
  try {
    await run();
    await new Promise((r) => setTimeout(r, settleMs));
  } finally {
    process.off('uncaughtException', onError);
  }
  return caught;
}

function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
    socket.on('error', () => {});
    socket.once('error', reject);
  });
}

/** Sends `bytes` to the server at `url` and then resets the TCP connection (RST) at once, or after `afterMs`. */
export async function sendAndReset(url: string, bytes: string | Buffer, afterMs = 0): Promise<void> {
  const socket = await open(url);
  socket.write(bytes);
  if (afterMs > 0) await new Promise((r) => setTimeout(r, afterMs));
  socket.resetAndDestroy();
}

/** A WebSocket upgrade request for `path` (origin-form, with query) on `url`'s host. */
export function upgradeRequest(url: string, path: string): string {
  const { host } = new URL(url);
  return (
    `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
  );
}

/** Sends raw bytes and collects everything the server answers until it closes the connection (or `timeoutMs`). */
export async function rawExchange(url: string, bytes: string | Buffer, timeoutMs = 3000): Promise<{ text: string; closed: boolean }> {
  const socket = await open(url);
  let text = '';
  socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
  const closed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.write(bytes);
  });
  socket.destroy();
  return { text, closed };
}
