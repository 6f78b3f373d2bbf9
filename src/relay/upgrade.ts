import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, type WebSocketServer } from 'ws';
import type { Clients } from './clients.js';
import type { FanoutFormat } from './fanout.js';
import { HttpProblem } from './http.js';
import { formatParam, roomParam, sinceParam, tokenParam, type OriginPolicy } from './params.js';

export interface UpgradeDeps {
  baseUrl: () => string;
  wss: WebSocketServer;
  clients: Clients;
  policy: OriginPolicy;
  /** How long a client gets to read our close frame before it is cut off. */
  closeGraceMs: number;
}

/** Answers an upgrade request with an HTTP error and ends the socket (nothing is written to a dead one). */
function refuse(socket: Duplex, status: number, message: string, headers: Record<string, string> = {}): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error: message });
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}connection: close\r\n\r\n${body}`);
}

/** The server's `upgrade` handler: `/ws?uniqueId=…` with a token for the room becomes a client of its fan-out. */
export function createUpgrade(deps: UpgradeDeps): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  const { wss, clients, policy } = deps;
  return (req, socket, head) => {
    // The HTTP server hands an upgrade socket over without its error handler: a reset from here on
    // (while refusing, or during the asynchronous token check) must cost this socket only.
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', deps.baseUrl());
    if (url.pathname !== '/ws') return refuse(socket, 404, 'No WebSocket here; use /ws');
    if (!policy.originAllowed(req)) return refuse(socket, 403, 'Origin not allowed');
    let room: string;
    let format: FanoutFormat;
    let since: string | undefined;
    try {
      room = roomParam(url);
      format = formatParam(url);
      since = sinceParam(url, req);
    } catch (err) {
      return refuse(socket, 400, (err as Error).message);
    }
    clients.authorize(tokenParam(url, req), room).then(
      (claims) =>
        !socket.destroyed &&
        wss.handleUpgrade(req, socket, head, (ws) => {
          const detach = clients.attach(
            room,
            claims,
            {
              transport: 'ws',
              format,
              buffered: () => ws.bufferedAmount,
              // Frames built once for all clients go straight to the upgraded socket. Without
              // permessage-deflate ws writes its own frames (close, pong) synchronously, whole,
              // so they never interleave with these; nothing is written once the close has begun.
              write: (bytes) => {
                if (ws.readyState === WebSocket.OPEN) socket.write(bytes);
              },
            },
            (code, reason) => {
              ws.close(code, reason);
              // A client too slow to read our close frame is cut off.
              setTimeout(() => ws.terminate(), deps.closeGraceMs).unref();
            },
            since,
          );
          ws.on('close', detach);
          ws.on('error', () => ws.terminate());
        }),
      (err: unknown) => (err instanceof HttpProblem ? refuse(socket, err.status, err.message, err.headers) : refuse(socket, 500, 'Relay error')),
    );
  };
}
