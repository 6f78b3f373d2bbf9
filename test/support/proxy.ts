import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** What went through a `startTestProxy`: forwarded requests (`GET http://…/path`) and CONNECT tunnels (`host:port`). */
export interface ProxyLog {
  requests: string[];
  tunnels: string[];
  /** Requests and tunnels refused for want of the right credentials. */
  refused: number;
}

export interface TestProxy {
  /** `http://[user:password@]127.0.0.1:port`, with the credentials it was given. */
  url(credentials?: string): string;
  readonly port: number;
  readonly log: ProxyLog;
  close(): Promise<void>;
}

export interface TestProxyOptions {
  /** `user:password` a client must send (Proxy-Authorization: Basic); none when left out. */
  credentials?: string;
  /** Answer every CONNECT with this status instead of opening the tunnel. */
  refuseConnectWith?: number;
}

/**
 * An HTTP proxy on 127.0.0.1 in a few lines of node:http and node:net, as a user's proxy would
 * behave: plain `http://` requests in absolute form are forwarded, `CONNECT host:port` opens a raw
 * tunnel, and with `credentials` anything without the right `Proxy-Authorization` gets 407. It logs
 * what it passed on, so a test can tell what went through it.
 */
export async function startTestProxy(options: TestProxyOptions = {}): Promise<TestProxy> {
  const log: ProxyLog = { requests: [], tunnels: [], refused: 0 };
  const expected = options.credentials === undefined ? undefined : `Basic ${Buffer.from(options.credentials).toString('base64')}`;
  const authorized = (req: IncomingMessage) => expected === undefined || req.headers['proxy-authorization'] === expected;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    if (!authorized(req)) {
      log.refused += 1;
      res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const target = new URL(req.url ?? '/');
    log.requests.push(`${req.method} ${target.pathname}`);
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: `${target.pathname}${target.search}`, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    if (!authorized(req)) {
      log.refused += 1;
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (options.refuseConnectWith) {
      client.end(`HTTP/1.1 ${options.refuseConnectWith} Refused\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const [host, port] = splitHostPort(req.url ?? '');
    log.tunnels.push(`${host}:${port}`);
    const upstream = connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    log,
    url: (credentials?: string) => `http://${credentials ? `${credentials}@` : ''}127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function splitHostPort(authority: string): [string, number] {
  const colon = authority.lastIndexOf(':');
  return [authority.slice(0, colon).replace(/^\[|\]$/g, ''), Number(authority.slice(colon + 1))];
}
