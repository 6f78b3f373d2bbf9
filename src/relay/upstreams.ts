import { randomBytes } from 'node:crypto';
import { defer, finalize, map, Subject, takeUntil, tap, type Observable } from 'rxjs';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { shareRoom } from '../operators/shareRoom.js';
import type { LiveRoomOptions } from '../sources/liveRoom.js';
import { RoomStats } from '../sources/roomStats.js';
import type { UpstreamState } from './metrics.js';
import { ReplayWindow, type ReplayWindowOptions } from './replayWindow.js';
import { relayEventJson, safeError } from './safeEvents.js';

export interface UpstreamsOptions {
  /** Opens a room (`liveRoom$`, or what a test injects). */
  source: (uniqueId: string, options: LiveRoomOptions) => Observable<LiveEvent>;
  liveRoomOptions: LiveRoomOptions;
  /** An upstream stays this long after its last client leaves, ms. */
  graceMs: number;
  log: (line: string) => void;
  /** Sees every event of every upstream (the metrics). */
  onEvent: (room: string, event: LiveEvent) => void;
  /** How much of each upstream is kept for clients that resume. */
  replayWindow?: ReplayWindowOptions;
}

/** An open upstream: its state (for /readyz) and running figures (for /metrics). */
export interface OpenUpstream {
  state: UpstreamState;
  stats: RoomStats;
}

/**
 * The relay's upstreams: one shared `liveRoom$` per room, as the JSON lines
 * clients get (upstream problems reduced to a code and a fixed summary, each
 * event numbered and kept in the room's replay window for resumes),
 * opened by its first client and closed `graceMs` after its last. `stop()`
 * ends them all at once (shutdown: the grace period is for clients that come
 * back, not for a relay that goes).
 */
export function createUpstreams(options: UpstreamsOptions) {
  const shared = new Map<string, Observable<string>>();
  const open = new Map<string, OpenUpstream>();
  const windows = new Map<string, ReplayWindow>();
  const stop$ = new Subject<void>();
  const { log } = options;

  /** The shared upstream of a room, as JSON lines; created on first use. */
  const upstream = (room: string): Observable<string> => {
    let lines$ = shared.get(room);
    if (!lines$) {
      lines$ = defer(() => {
        const entry: OpenUpstream = { state: 'connecting', stats: new RoomStats() };
        const window = new ReplayWindow(randomBytes(6).toString('hex'), options.replayWindow);
        open.set(room, entry);
        windows.set(room, window);
        log(`upstream @${room} open`);
        return options.source(room, { ...options.liveRoomOptions, stats: entry.stats }).pipe(
          tap({
            next(event) {
              options.onEvent(room, event);
              if (event.type === 'connected') entry.state = 'connected';
              else if (event.type === 'disconnected') {
                entry.state = 'reconnecting';
                log(`upstream @${room} disconnected (${event.code === undefined ? safeError(event.error).code : `close ${event.code}`}, attempt ${event.attempt}${event.willReconnect ? `, again in ${event.delayMs} ms` : ''})`);
              }
            },
            error: (error: unknown) => log(`upstream @${room} failed: ${safeError(error).code}`),
          }),
          map((event) => window.push(relayEventJson(event), 'roomId' in event ? event.roomId : undefined)),
          takeUntil(stop$),
          finalize(() => {
            open.delete(room);
            if (windows.get(room) === window) windows.delete(room);
            log(`upstream @${room} closed`);
          }),
        );
      }).pipe(shareRoom({ graceMs: options.graceMs }));
      shared.set(room, lines$);
    }
    return lines$;
  };

  /**
   * What a client that last got event `since` missed, from the room's replay window (a gap of
   * unknown size when the room's upstream has closed since). Throws HttpProblem 400 for a bad id.
   */
  const resume = (room: string, since: string): string[] => windows.get(room)?.after(since) ?? ReplayWindow.closed(since);

  return { upstream, resume, open: open as ReadonlyMap<string, OpenUpstream>, stop: () => stop$.next() };
}
