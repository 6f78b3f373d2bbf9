import { createServer, Socket, type AddressInfo, type Server } from 'node:net';

/** A TCP proxy to `target` (`http://127.0.0.1:port`) whose connections the test can cut, as a network drop would. */
export async function cutter(target: string): Promise<{ url: string; cut(): void; connections(): number; close(): Promise<void> }> {
  const { port } = new URL(target);
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((client) => {
    connections += 1;
    const upstream = new Socket();
    sockets.add(client).add(upstream);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    upstream.connect(Number(port), '127.0.0.1', () => client.pipe(upstream).pipe(client));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cut: () => {
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    /** Connections accepted so far. */
    connections: () => connections,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
