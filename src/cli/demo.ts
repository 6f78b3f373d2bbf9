/**
 * `tiktok-live-rx demo`: watch a room of the embedded simulator, with no network.
 */
import { startSimulator } from '../simulator/index.js';
import { liveRoom$ } from '../sources/liveRoom.js';
import { int, OUTPUT, outputOptions, parse } from './args.js';
import { DEMO_HELP, printHelp } from './help.js';
import { print } from './print.js';

export async function demo(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...OUTPUT, rate: { type: 'string' }, seed: { type: 'string' }, duration: { type: 'string' } }, 'demo');
  if (values.help) return printHelp(DEMO_HELP);
  const out = outputOptions(values, 'demo');
  const rate = int('rate', values.rate, 1, 100_000, 'demo') ?? 8;
  const seed = int('seed', values.seed, 0, 2 ** 31 - 1, 'demo') ?? 1;
  const duration = int('duration', values.duration, 1, 86_400, 'demo');
  const sim = await startSimulator({ seed, rooms: [{ uniqueId: 'demo_streamer', title: 'tiktok-live-rx demo', traffic: { rate } }] });
  process.stderr.write(`Simulated TikTok LIVE at ${sim.url} (no network needed). Ctrl-C to stop.\n`);
  const timer = duration ? setTimeout(() => sim.room('demo_streamer').end(), duration * 1000) : undefined;
  try {
    return await print(liveRoom$('demo_streamer', { ...sim.clientOptions }), out, { start: 'Connecting to @demo_streamer (simulated)…' });
  } finally {
    clearTimeout(timer);
    await sim.close();
  }
}
