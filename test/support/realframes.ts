import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared reference material sits beside the project root. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const EVENTS_DIR = `${SHARED_DIR}realframes/events/`;
export const GIFTLIST_DIR = `${SHARED_DIR}realframes/giftlist/`;

export interface RealPayload {
  file: string;
  method: string;
  payload: Uint8Array;
  uniqueId: string;
  ts: string;
}

/** Every captured payload in shared/realframes/events, in file order. */
export function loadRealPayloads(): RealPayload[] {
  if (!existsSync(EVENTS_DIR)) throw new Error(`Real TikTok captures not found at ${EVENTS_DIR}: the shared/ folder must sit beside the project`);
  const out: RealPayload[] = [];
  for (const file of readdirSync(EVENTS_DIR).sort()) {
    const json = JSON.parse(readFileSync(EVENTS_DIR + file, 'utf8')) as Record<string, Array<{ eventData: string; uniqueId: string; ts: string }>>;
    for (const [method, entries] of Object.entries(json)) {
      for (const e of entries) out.push({ file, method, payload: new Uint8Array(Buffer.from(e.eventData, 'base64')), uniqueId: e.uniqueId, ts: e.ts });
    }
  }
  return out;
}
