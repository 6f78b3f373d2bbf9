/**
 * An OBS overlay feed: a WebSocket server on localhost that re-broadcasts the
 * room's events as JSON to every page connected to it (a browser source).
 *   npx tsx examples/obs-overlay.ts [--tiktok @user] [--port N] [--seconds N]
 */
import { WebSocketServer } from 'ws';
import { liveRoom$, shareRoom } from 'tiktok-live-rx';
import { exampleRooms, runFor } from './_room.js';

const args = process.argv.slice(2);
const port = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : 0;
const room = await exampleRooms([{ uniqueId: 'overlay_room', traffic: { rate: 20 } }]);
const room$ = liveRoom$(room.uniqueIds[0]!, room.options).pipe(shareRoom({ graceMs: 5000 }));

const server = new WebSocketServer({ host: '127.0.0.1', port });
server.on('listening', () => {
  const address = server.address();
  console.log(`Overlay feed on ws://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`);
});
server.on('connection', (socket) => {
  // One shared upstream connection; each page gets events from the moment it joins.
  const sub = room$.subscribe((event) => {
    if ('payload' in event) return; // raw bytes of unknown messages stay here
    socket.send(JSON.stringify(event));
  });
  socket.on('close', () => sub.unsubscribe());
});

runFor(() => {
  server.close();
  for (const client of server.clients) client.terminate();
  void room.close();
});
