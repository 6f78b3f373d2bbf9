// Runs the simulator in its own thread, so a benchmark measures the client, not the server.
// Messages in: { cmd: 'start', options } | { cmd: 'emit', room, kind, count } | { cmd: 'close' }.
import { parentPort } from 'node:worker_threads';
import { startSimulator } from '../dist/simulator.js';

let sim;
parentPort.on('message', async (msg) => {
  if (msg.cmd === 'start') {
    sim = await startSimulator(msg.options);
    // Pre-fill rooms that asked for a corpus: the messages exist before anyone connects.
    for (const { room, kinds, count } of msg.corpus ?? []) {
      const r = sim.room(room);
      for (let i = 0; i < count; i += 1000) for (const kind of kinds) r.emit(kind, Math.min(1000, count - i) / kinds.length);
    }
    parentPort.postMessage({ url: sim.url, clientOptions: sim.clientOptions, rooms: sim.rooms().map((r) => ({ uniqueId: r.uniqueId, roomId: r.roomId, sent: r.sent().length })) });
  } else if (msg.cmd === 'close') {
    await sim?.close();
    parentPort.postMessage({ closed: true });
  }
});
