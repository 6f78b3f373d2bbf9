import { InvalidArgumentError, LiveError, UserOfflineError } from '../errors.js';
import { buildUrl, endpointsOf, request } from './http.js';
import { resolveLivePage } from './livePage.js';
import { DEFAULT_USER_AGENT, defaultWebParams, type HttpOptions } from './options.js';
import { webcastData } from './roomInfo.js';
import { normalizeUniqueId } from './uniqueId.js';

export interface LiveCheck {
  uniqueId: string;
  isLive: boolean;
  /** The live room, or null when not live. */
  roomId: string | null;
  /** Set (in bulk checks) when this one user could not be checked. */
  error?: LiveError;
}

/** Is `uniqueId` live now? Resolves the room, then asks `webcast/room/check_alive`. */
export async function checkAlive(uniqueIdInput: string, options: HttpOptions = {}): Promise<LiveCheck> {
  const uniqueId = normalizeUniqueId(uniqueIdInput);
  const page = await resolveLivePage(uniqueId, options);
  if (!page) return { uniqueId, isLive: false, roomId: null };
  const url = buildUrl(endpointsOf(options).webcast, '/webcast/room/check_alive/', { ...defaultWebParams(options.userAgent ?? DEFAULT_USER_AGENT), room_ids: page.roomId });
  const data = (await webcastData(await request(url, {}, options), 'webcast/room/check_alive')) as unknown;
  const entries = Array.isArray(data) ? (data as Array<{ alive?: boolean }>) : [];
  const alive = entries[0]?.alive === true;
  return { uniqueId, isLive: alive, roomId: alive ? page.roomId : null };
}

export interface BulkLiveCheckOptions extends HttpOptions {
  /** Checks in flight at once. Default 4. */
  concurrency?: number | undefined;
}

/**
 * `checkAlive` for many users, at most `concurrency` at a time, answers in
 * input order. One user's failure is reported on its entry (`error`) rather
 * than failing the whole check.
 */
export async function bulkLiveCheck(uniqueIds: readonly string[], options: BulkLiveCheckOptions = {}): Promise<LiveCheck[]> {
  if (!Array.isArray(uniqueIds)) throw new InvalidArgumentError('bulkLiveCheck needs an array of usernames');
  const names = uniqueIds.map((u) => normalizeUniqueId(u));
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new InvalidArgumentError(`concurrency must be a whole number of 1 or more, got ${concurrency}`);
  const results = new Array<LiveCheck>(names.length);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      const uniqueId = names[i]!;
      try {
        results[i] = await checkAlive(uniqueId, options);
      } catch (err) {
        if (!(err instanceof LiveError)) throw err;
        results[i] = { uniqueId, isLive: false, roomId: null, ...(err instanceof UserOfflineError ? {} : { error: err }) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, worker));
  return results;
}
