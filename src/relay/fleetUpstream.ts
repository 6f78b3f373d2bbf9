import { concat, defer, from, mergeMap, of, type Observable } from 'rxjs';
import { withRedis, type RedisLike } from '../fleet/redis.js';
import { roomLog$ } from '../fleet/roomLog.js';
import type { LiveEvent } from '../operators/pipeline/events.js';

/** Where a relay reads rooms from when it serves a fleet's log. */
export interface FleetUpstreamOptions {
  /** A `redis://` URL (a connection per open room) or a client you keep. */
  redis: RedisLike;
  /** The fleet's key prefix. Default `tlrx`. */
  prefix?: string | undefined;
  /** The fleet's partition count. Default 16. */
  partitions?: number | undefined;
}

/**
 * A relay upstream that reads a room from the fleet's log: every event the fleet's workers write for
 * the room from the moment it opens (Redis's clock, so this machine's does not matter), after a
 * `connected` that says the relay's link to the log is up (the room's own `connected` went to the
 * log when its worker connected, before this reader). Redis failures end the upstream with their
 * typed error, as a room's do.
 */
export function fleetUpstream(options: FleetUpstreamOptions): (uniqueId: string) => Observable<LiveEvent> {
  return (uniqueId) =>
    defer(() => from(withRedis(options.redis, (conn) => conn.send(['TIME'])))).pipe(
      mergeMap((time) => {
        const [seconds, micros] = time as [string, string];
        const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
        return concat(
          of<LiveEvent>({ type: 'connected', roomId: '', attempt: 1 }),
          roomLog$(options.redis, uniqueId, { from: now, follow: true, prefix: options.prefix, partitions: options.partitions }),
        );
      }),
    );
}
