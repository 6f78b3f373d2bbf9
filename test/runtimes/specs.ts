/**
 * The marble specs (marbles/*.spec.ts), run with the vitest shim on runtimes vitest does not run on.
 * Each file is loaded in turn so that its top-level hooks stay its own, and starts, as under vitest's
 * per-file isolation, with the testing factories' counters at zero. test/runtimes.test.ts checks this
 * list against the folder.
 */
import { resetFactories } from '../../src/testing/index.js';
import { beginFile, runRegistered, type SpecResult } from './vitest-shim.js';

export const SPEC_FILES: Record<string, () => Promise<unknown>> = {
  'comboEnd.spec': () => import('../../marbles/comboEnd.spec.js'),
  'connect.spec': () => import('../../marbles/connect.spec.js'),
  'decode.spec': () => import('../../marbles/decode.spec.js'),
  'demultiplex.spec': () => import('../../marbles/demultiplex.spec.js'),
  'fakeRoom.spec': () => import('../../marbles/fakeRoom.spec.js'),
  'heartbeat.spec': () => import('../../marbles/heartbeat.spec.js'),
  'leaderboard.spec': () => import('../../marbles/leaderboard.spec.js'),
  'liveRoom.spec': () => import('../../marbles/liveRoom.spec.js'),
  'ofType.spec': () => import('../../marbles/ofType.spec.js'),
  'replayRoom.spec': () => import('../../marbles/replayRoom.spec.js'),
  'retryWithBackoff.spec': () => import('../../marbles/retryWithBackoff.spec.js'),
  'roomStats.spec': () => import('../../marbles/roomStats.spec.js'),
  'shareRoom.spec': () => import('../../marbles/shareRoom.spec.js'),
  'sign.spec': () => import('../../marbles/sign.spec.js'),
};

/** Loads every spec file and runs its tests; a file that fails to load is one failed result. */
export async function runSpecs(): Promise<SpecResult[]> {
  const results: SpecResult[] = [];
  for (const [file, load] of Object.entries(SPEC_FILES)) {
    beginFile(file);
    resetFactories();
    try {
      await load();
    } catch (err) {
      results.push({ file, name: '(loading the file)', ok: false, reason: String(err) });
      continue;
    }
    results.push(...(await runRegistered()));
  }
  return results;
}
