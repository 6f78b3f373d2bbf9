/**
 * `npm run bench`: every benchmark, one table, JSON in bench/results/.
 * Numbers are ratios against baselines run in the same process where possible;
 * absolute numbers vary with the machine's load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchDecode } from './decode.js';
import { benchEndToEnd } from './endToEnd.js';
import { benchManyRooms } from './manyRooms.js';
import { benchOperators } from './operators.js';
import { benchRelay } from './relay.js';
import type { BenchRow } from './measure.js';

const only = process.argv.slice(2);
const suites: Record<string, () => BenchRow[] | Promise<BenchRow[]>> = { decode: benchDecode, e2e: benchEndToEnd, rooms: benchManyRooms, operators: benchOperators, relay: benchRelay };

const rows: BenchRow[] = [];
for (const [name, run] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  rows.push(...(await run()));
}
console.table(rows);
const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGB: Math.round(os.totalmem() / 2 ** 30) };
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL(`./results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, import.meta.url);
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2));
writeFileSync(new URL('./results/latest.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2));
console.log(`Results written to ${file.pathname}`);
