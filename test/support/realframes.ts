import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared reference material sits beside the project root. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
/** The real TikTok captures: `shared/realframes` beside the project, or where `TIKTOK_LIVE_RX_REALFRAMES` says. */
export const REALFRAMES_DIR = process.env.TIKTOK_LIVE_RX_REALFRAMES ? `${resolve(process.env.TIKTOK_LIVE_RX_REALFRAMES)}/` : `${SHARED_DIR}realframes/`;
export const EVENTS_DIR = `${REALFRAMES_DIR}events/`;
export const GIFTLIST_DIR = `${REALFRAMES_DIR}giftlist/`;

/** What a test that needs the captures says when they are not there (instead of an ENOENT). */
export function capturesMissing(path: string): Error {
  return new Error(
    `Real TikTok captures not found: ${path} is missing. The tests that decode real traffic read them from ` +
      `shared/realframes beside the project (or the folder TIKTOK_LIVE_RX_REALFRAMES names); they are not part of ` +
      `this repository. README.md ("Working on this repository") shows how to run the other tests without them.`,
  );
}

/** One capture file, parsed. */
export function readCapture(path: string): unknown {
  if (!existsSync(path)) throw capturesMissing(path);
  return JSON.parse(readFileSync(path, 'utf8'));
}

export interface RealPayload {
  file: string;
  method: string;
  payload: Uint8Array;
  uniqueId: string;
  ts: string;
}

/** Every captured payload in shared/realframes/events (or `dir`), in file order. */
export function loadRealPayloads(dir = EVENTS_DIR): RealPayload[] {
  if (!existsSync(dir)) throw capturesMissing(dir);
  const out: RealPayload[] = [];
  for (const file of readdirSync(dir).sort()) {
    const json = readCapture(dir + file) as Record<string, Array<{ eventData: string; uniqueId: string; ts: string }>>;
    for (const [method, entries] of Object.entries(json)) {
      for (const e of entries) out.push({ file, method, payload: new Uint8Array(Buffer.from(e.eventData, 'base64')), uniqueId: e.uniqueId, ts: e.ts });
    }
  }
  return out;
}
