/**
 * The simulator for the fleet bench, in a process of its own: argv[2] is JSON `{ rooms, rate }`.
 * Prints one JSON line `{ clientOptions }` when it listens; exits on SIGTERM.
 */
import { startSimulator } from '../../src/simulator/index.js';

const { rooms, rate } = JSON.parse(process.argv[2]!) as { rooms: number; rate: number };
const sim = await startSimulator({ rooms: Array.from({ length: rooms }, (_, i) => ({ uniqueId: `fleet_${i}`, traffic: { rate } })), historySize: 20_000 });
process.stdout.write(`${JSON.stringify({ clientOptions: sim.clientOptions })}\n`);
process.on('SIGTERM', () => void sim.close().then(() => process.exit(0)));
