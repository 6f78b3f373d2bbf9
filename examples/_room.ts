/**
 * Shared by the examples: a room to watch. By default a room of the embedded
 * simulator (no network, no API key); with `--tiktok @user` a real TikTok LIVE
 * (set TIKTOK_LIVE_API_KEY to your sign-server key).
 */
import type { LiveRoomOptions } from 'tiktok-live-rx';
import { startSimulator, type Simulator, type SimRoomConfig, type SimulatorOptions } from 'tiktok-live-rx/simulator';

export interface ExampleRoom {
  uniqueIds: string[];
  options: LiveRoomOptions;
  sim?: Simulator;
  close(): Promise<void>;
}

export async function exampleRooms(defaults: SimRoomConfig[], simulator: Omit<SimulatorOptions, 'rooms'> = {}): Promise<ExampleRoom> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--tiktok');
  if (i >= 0) {
    const uniqueIds = args.slice(i + 1).filter((a) => !a.startsWith('--'));
    if (!uniqueIds.length) throw new Error('Usage: --tiktok @user [@user…]');
    return { uniqueIds, options: { apiKey: process.env.TIKTOK_LIVE_API_KEY }, close: async () => {} };
  }
  const sim = await startSimulator({ ...simulator, rooms: defaults });
  console.error(`(simulated TikTok at ${sim.url}; pass --tiktok @user to watch a real LIVE)`);
  return { uniqueIds: defaults.map((r) => r.uniqueId), options: sim.clientOptions, sim, close: () => sim.close() };
}

/** Stops after `--seconds N` if given, else on Ctrl-C. */
export function runFor(stop: () => void): void {
  const args = process.argv.slice(2);
  const i = args.indexOf('--seconds');
  if (i >= 0) setTimeout(stop, Number(args[i + 1]) * 1000);
  process.once('SIGINT', stop);
}
