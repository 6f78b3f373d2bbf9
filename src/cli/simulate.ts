/**
 * `tiktok-live-rx simulate`: run the local TikTok LIVE simulator until Ctrl-C.
 */
import { startSimulator, type RoomStatus, type SimRoomConfig } from '../simulator/index.js';
import { int, parse, STATUSES, UsageError } from './args.js';
import { printHelp, SIMULATE_HELP } from './help.js';
import { serveUntilSignal } from './signals.js';

export async function simulate(argv: string[]): Promise<number> {
  const { values } = parse(
    argv,
    { port: { type: 'string' }, host: { type: 'string' }, seed: { type: 'string' }, room: { type: 'string', multiple: true }, rate: { type: 'string' }, 'api-key': { type: 'string', multiple: true }, 'enforce-signature': { type: 'boolean' } },
    'simulate',
  );
  if (values.help) return printHelp(SIMULATE_HELP);
  const port = int('port', values.port, 0, 65535, 'simulate');
  const seed = int('seed', values.seed, 0, 2 ** 31 - 1, 'simulate');
  const rate = int('rate', values.rate, 0, 1_000_000, 'simulate') ?? 5;
  const rooms: SimRoomConfig[] = ((values.room as string[] | undefined) ?? ['sim_streamer']).map((spec) => {
    const [name, status = 'live'] = spec.replace(/^@/, '').split(':');
    if (!name || !/^[\w.]+$/.test(name)) throw new UsageError(`--room needs a TikTok handle, got "${spec}"`, 'simulate');
    if (!STATUSES.includes(status as RoomStatus)) throw new UsageError(`Unknown room status "${status}" in --room ${spec}: use one of ${STATUSES.join(', ')}`, 'simulate');
    return { uniqueId: name, status: status as RoomStatus, traffic: { rate } };
  });
  const sim = await startSimulator({ port, host: values.host as string | undefined, seed, rooms, apiKeys: values['api-key'] as string[] | undefined, enforceSignature: Boolean(values['enforce-signature']) });
  process.stdout.write(`TikTok LIVE simulator listening on ${sim.url}\n`);
  for (const r of sim.rooms()) process.stdout.write(`  @${r.uniqueId}  room ${r.roomId}  ${r.status}\n`);
  process.stdout.write(`Client options: ${JSON.stringify(sim.clientOptions)}\n`);
  process.stdout.write(`Watch a room: tiktok-live-rx watch @${sim.rooms()[0]!.uniqueId} --server ${sim.url}\n`);
  process.stdout.write('Press Ctrl-C to stop.\n');
  await serveUntilSignal(() => sim.close());
  return 0;
}
