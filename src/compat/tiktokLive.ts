/**
 * `TikTokLive`: the EventEmitter-style class of the @tiktool/live SDK, over
 * `liveRoom$`. Code written for that SDK runs with its import changed to
 * `tiktok-live-rx/compat`; the connection itself (signing, heartbeats,
 * reconnects that resume from the last cursor, msgId dedup) is `liveRoom$`'s.
 */
import type { Subscription } from 'rxjs';
import type { RoomInfo } from '../api/roomInfo.js';
import type { ArmyTeam, BattleEvent as WireBattleEvent, BattleArmiesEvent as WireBattleArmiesEvent, BattleTeam, BattleUser, WireEvent } from '../decoders/events.js';
import { ConnectionClosedError, LiveError, UserOfflineError } from '../errors.js';
import type { DisconnectedEvent, GapEvent, LiveEvent } from '../operators/pipeline/events.js';
import { liveRoom$, type LiveRoomOptions } from '../sources/liveRoom.js';

/** Options of `new TikTokLive(…)`: the SDK's names, and every `liveRoom$` option beside them. */
export interface TikTokLiveOptions extends LiveRoomOptions {
  /** The streamer's @handle (with or without the @). */
  uniqueId: string;
  /**
   * Default `'tiktool'`, as the SDK signs with tik.tools (`apiKey` is a tik.tools key there);
   * `'euler'` or your own function as in `liveRoom$`.
   */
  signProvider?: LiveRoomOptions['signProvider'];
}

/** A battle team as the SDK shapes it: `users` holds the team's host (TikTok's battle message names only hosts). */
export interface CompatBattleTeam extends BattleTeam {
  users: BattleUser[];
}

/** `battle`, with each team's `users`. */
export interface CompatBattleEvent extends Omit<WireBattleEvent, 'teams'> {
  teams: CompatBattleTeam[];
}

/** An army team as the SDK shapes it: `hostUser`, when a `battle` event named that host. */
export interface CompatArmyTeam extends ArmyTeam {
  hostUser: BattleUser | undefined;
}

/** `battleArmies`, with each team's `hostUser`. */
export interface CompatBattleArmiesEvent extends Omit<WireBattleArmiesEvent, 'teams'> {
  teams: CompatArmyTeam[];
}

/** A TikTok event as `TikTokLive` hands it out: the wire events, battles in the SDK's shape. */
export type TikTokLiveEvent = Exclude<WireEvent, WireBattleEvent | WireBattleArmiesEvent> | CompatBattleEvent | CompatBattleArmiesEvent;

type EventHandlers = { [K in TikTokLiveEvent['type']]: (event: Extract<TikTokLiveEvent, { type: K }>) => void };

/** Every event name `on` / `once` / `off` take, with its handler's type. */
export interface TikTokLiveEvents extends EventHandlers {
  /** Every TikTok event, whatever its type. */
  event: (event: TikTokLiveEvent) => void;
  /** The socket is open (again, after a reconnect). */
  connected: () => void;
  /**
   * The connection went away. `code` is the WebSocket close code (undefined when no socket was
   * open: the sign server or the network failed); `detail` says whether it reconnects.
   */
  disconnected: (code: number | undefined, reason: string, detail: DisconnectedEvent | undefined) => void;
  /** The room's details, fetched once when the stream starts. */
  roomInfo: (info: RoomInfo) => void;
  /**
   * A message that did not decode (a `LiveError`; the stream goes on), the `LiveError` that ended the
   * stream after it connected, or what one of your handlers threw.
   */
  error: (error: Error) => void;
  /** A reconnect resumed later than where it left off: `missed` messages were lost. */
  gap: (event: GapEvent) => void;
}

export type TikTokLiveEventName = keyof TikTokLiveEvents;

type AnyHandler = (...args: never[]) => void;

/**
 * One room, as an EventEmitter-style object.
 *
 * ```ts
 * const live = new TikTokLive({ uniqueId: 'some_streamer', apiKey });
 * live.on('gift', (e) => e.repeatEnd && console.log(e.user.uniqueId, e.repeatCount, e.giftName));
 * await live.connect();
 * ```
 */
export class TikTokLive {
  private readonly listeners = new Map<TikTokLiveEventName, Array<{ handler: AnyHandler; once: boolean }>>();
  private subscription: Subscription | undefined;
  private pending: Promise<void> | undefined;
  private stop: ((error: LiveError) => void) | undefined;
  private readonly hosts = new Map<string, BattleUser>();
  private isConnected = false;
  private count = 0;
  private room = '';

  constructor(private readonly options: TikTokLiveOptions) {}

  /** True while the socket is open. */
  get connected(): boolean {
    return this.isConnected;
  }

  /** TikTok events received since construction. */
  get eventCount(): number {
    return this.count;
  }

  /** The room's id, once known ('' before). */
  get roomId(): string {
    return this.room;
  }

  /** Calls `handler` for each `event`. */
  on<K extends TikTokLiveEventName>(event: K, handler: TikTokLiveEvents[K]): this {
    return this.add(event, handler as AnyHandler, false);
  }

  /** Calls `handler` for the next `event` only. */
  once<K extends TikTokLiveEventName>(event: K, handler: TikTokLiveEvents[K]): this {
    return this.add(event, handler as AnyHandler, true);
  }

  /** Removes a handler given to `on` or `once`. */
  off<K extends TikTokLiveEventName>(event: K, handler: TikTokLiveEvents[K]): this {
    const list = this.listeners.get(event);
    const i = list?.findIndex((l) => l.handler === (handler as AnyHandler)) ?? -1;
    if (list && i >= 0) list.splice(i, 1);
    return this;
  }

  /**
   * Connects: resolves when the socket is open, rejects with the typed `LiveError` that stopped it
   * before (offline, bad API key, attempts exhausted, …). Called again while connecting or
   * connected, it returns the same promise.
   */
  connect(): Promise<void> {
    if (this.pending) return this.pending;
    const { uniqueId, ...rest } = this.options;
    const pending = new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (error?: LiveError) => {
        if (settled) return;
        settled = true;
        if (error) reject(error);
        else resolve();
      };
      this.stop = (error) => {
        settle(error);
        this.finish();
      };
      this.subscription = liveRoom$(uniqueId, { ...rest, signProvider: rest.signProvider ?? 'tiktool' }).subscribe({
        next: (event) => {
          if (event.type === 'connected') settle();
          this.dispatch(event);
        },
        error: (err: unknown) => {
          const error = err instanceof LiveError ? err : new LiveError('CONNECTION_CLOSED', String((err as Error)?.message ?? err), { cause: err });
          const wasConnected = this.isConnected;
          this.finish();
          if (wasConnected) this.emit('disconnected', error instanceof ConnectionClosedError ? error.closeCode : undefined, error instanceof ConnectionClosedError ? error.reason : error.message, undefined);
          if (settled) this.emit('error', error);
          settle(error);
        },
        complete: () => {
          const wasConnected = this.isConnected;
          this.finish();
          if (wasConnected) this.emit('disconnected', 1000, 'The LIVE ended', undefined);
          settle(new UserOfflineError(uniqueId.replace(/^@/, '')));
        },
      });
    });
    this.pending = pending;
    return pending;
  }

  /** Closes the connection (a pending `connect()` rejects); `connect()` may be called again after. */
  disconnect(): void {
    if (!this.pending) return;
    const wasConnected = this.isConnected;
    this.stop?.(new ConnectionClosedError(1000, 'disconnect() was called', { retryable: false }));
    if (wasConnected) this.emit('disconnected', 1000, 'disconnect() was called', undefined);
  }

  private finish(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.pending = undefined;
    this.stop = undefined;
    this.isConnected = false;
  }

  private dispatch(event: LiveEvent): void {
    switch (event.type) {
      case 'connected':
        this.room = event.roomId;
        this.isConnected = true;
        return this.emit('connected');
      case 'disconnected':
        this.isConnected = false;
        return this.emit('disconnected', event.code, event.reason, event);
      case 'roomInfo':
        this.room = event.roomId;
        return this.emit('roomInfo', event.info);
      case 'error':
        return this.emit('error', event.error);
      case 'gap':
        return this.emit('gap', event);
    }
    const shaped = this.shape(event);
    this.count += 1;
    this.emit(shaped.type, shaped as never);
    this.emit('event', shaped);
  }

  /** Battles in the SDK's shape: each team's users, each army's host. */
  private shape(event: WireEvent): TikTokLiveEvent {
    if (event.type === 'battle') {
      for (const team of event.teams) if (team.host) this.hosts.set(team.hostUserId, team.host);
      if (this.hosts.size > 64) this.hosts.delete(this.hosts.keys().next().value!);
      return { ...event, teams: event.teams.map((team) => ({ ...team, users: team.host ? [team.host] : [] })) };
    }
    if (event.type === 'battleArmies') return { ...event, teams: event.teams.map((team) => ({ ...team, hostUser: this.hosts.get(team.hostUserId) })) };
    return event;
  }

  private add(event: TikTokLiveEventName, handler: AnyHandler, once: boolean): this {
    if (typeof handler !== 'function') throw new TypeError(`The handler for "${String(event)}" must be a function`);
    const list = this.listeners.get(event) ?? [];
    list.push({ handler, once });
    this.listeners.set(event, list);
    return this;
  }

  /**
   * Calls the handlers of `event` in the order they were added. A handler that throws goes to the
   * `error` handlers (the others still run); with none, it is thrown as EventEmitter would.
   */
  private emit<K extends TikTokLiveEventName>(event: K, ...args: Parameters<TikTokLiveEvents[K]>): void {
    const list = this.listeners.get(event);
    if (!list?.length) return;
    for (const entry of [...list]) {
      if (entry.once) this.off(event, entry.handler as TikTokLiveEvents[K]);
      try {
        (entry.handler as (...a: unknown[]) => void)(...args);
      } catch (err) {
        if (event === 'error' || !this.listeners.get('error')?.length) throw err;
        this.emit('error', err instanceof Error ? err : new Error(`A "${String(event)}" handler threw ${String(err)}`));
      }
    }
  }
}
