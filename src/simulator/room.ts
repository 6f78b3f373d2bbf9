import { encodeEvent, type WireEvent } from '../decoders/index.js';
import { checkEventFields, checkEventInit, fillEvent, type EventInit } from './eventInit.js';
import { applyFault, faultFrom, RoomFaults, type Fault, type FaultName, type FaultTarget, type FaultableConnection, type PendingFaults } from './faults.js';
import { DEFAULT_HISTORY, historySlack, MessageLog, trimHistory, type LoggedMessage, type SentMessage } from './messageLog.js';
import { RoomTraffic, type RealFramesFile, type RoomTrafficOptions } from './roomTraffic.js';
import { Scenario, type ScenarioStep } from './scenario.js';
import { stableHash, TrafficGenerator, type TrafficKind } from './traffic.js';

/** How a streamer appears to TikTok's pages and APIs. */
export type RoomStatus = 'live' | 'offline' | 'ageRestricted' | 'notFound' | 'captcha';

export interface SimRoomConfig {
  /** The @handle (without @). */
  uniqueId: string;
  /** Room id (decimal string); derived from the handle when left out. */
  roomId?: string;
  status?: RoomStatus;
  title?: string;
  nickname?: string;
  /** Automatic traffic; `false` for none (push events yourself or script them). */
  traffic?: RoomTrafficOptions | false;
  /** A scripted timeline of events and faults. */
  scenario?: ScenarioStep[];
  /** Real captured payloads to play once (at `traffic.rate`), instead of generated traffic; the room is quiet after the last. */
  realFrames?: RealFramesFile;
  /** Where a new client (no cursor) starts: `'now'` (TikTok's way, the default) or `'start'` of the kept history. */
  joinFrom?: 'now' | 'start';
}

/** A frame a client sent. */
export interface ReceivedFrame {
  connectionId: number;
  payloadType: string;
  /** Epoch ms of arrival. */
  at: number;
  /** `hb`: sendPacketSeqId; `ack`: the internalExt acked; `im_enter_room`: the room id. */
  detail: string;
  logId: string;
}

/** An open WebSocket as the room sees it. */
export interface ConnectionInfo {
  id: number;
  url: string;
  cookies: Record<string, string>;
  enteredRoom: boolean;
  compress: boolean;
  stalled: boolean;
  /** Next position this connection will be sent. */
  position: number;
}

/** What a push connection needs from the simulator; implemented in push.ts. */
export interface PushConnection {
  readonly id: number;
  /** The `ws` socket, typed by what the room uses of it: the published types need no `@types/ws`. */
  readonly ws: FaultableConnection['ws'];
  readonly url: string;
  readonly cookies: Record<string, string>;
  readonly compress: boolean;
  entered: boolean;
  stalled: boolean;
  position: number;
  flush(): void;
  sendRaw(bytes: Uint8Array): void;
}

/** Room ids derived from the handle, so the same name gives the same id in every run. */
export function roomIdFor(uniqueId: string): string {
  return (7_200_000_000_000_000_000n + (stableHash(uniqueId) % 1_000_000_000_000_000n)).toString();
}

/**
 * One simulated streamer: status, the room's message stream (with bounded
 * history for resume), its live connections, and the fault triggers.
 * The stream is a `MessageLog`, the faults `RoomFaults`, the automatic
 * traffic `RoomTraffic` and the timeline a `Scenario`; this class joins them.
 */
export class SimRoom implements FaultTarget {
  readonly uniqueId: string;
  readonly roomId: string;
  readonly nickname: string;
  readonly joinFrom: 'now' | 'start';
  status: RoomStatus;
  title: string;
  readonly startTime = Date.now();
  /** Running totals the HTTP APIs report (room/info, the live page). */
  readonly stats = { viewers: 0, totalViewers: 0, likes: 0, shares: 0, follows: 0 };
  /** Handshake, sign-server and HTTP faults waiting to fire. */
  readonly pending: PendingFaults;

  private readonly log: MessageLog;
  private readonly receivedLog: ReceivedFrame[] = [];
  private readonly receivedSlack: number;
  private readonly open = new Set<PushConnection>();
  private readonly generator: TrafficGenerator;
  private readonly traffic: RoomTraffic;
  private readonly scenario: Scenario;
  private readonly faults: RoomFaults;
  private active = false;

  constructor(config: SimRoomConfig, seed: number, readonly baseUrl: () => string, private readonly historySize = DEFAULT_HISTORY) {
    this.uniqueId = config.uniqueId;
    this.roomId = config.roomId ?? roomIdFor(config.uniqueId);
    this.nickname = config.nickname ?? config.uniqueId;
    this.joinFrom = config.joinFrom ?? 'now';
    this.status = config.status ?? 'live';
    this.title = config.title ?? `${config.uniqueId} is LIVE`;
    const trafficSeed = (config.traffic ? config.traffic.seed : undefined) ?? seed;
    this.generator = new TrafficGenerator({
      seed: trafficSeed,
      roomId: this.roomId,
      hostUniqueId: this.uniqueId,
      mix: config.traffic ? config.traffic.mix : undefined,
      audience: config.traffic ? config.traffic.audience : undefined,
      assetBaseUrl: `${baseUrl()}/assets`,
    });
    this.traffic = new RoomTraffic(config.traffic === false ? false : { rate: 5, ...config.traffic }, this.generator, config.realFrames, {
      events: (events) => this.append(events),
      messages: (messages, now) => {
        for (const m of messages) this.log.append(m.raw, now, m.type, m.eventMsgId);
        this.deliver();
      },
      end: () => this.end(),
    });
    // A scenario's events are checked now: a bad one would otherwise throw from a timer later.
    for (const step of config.scenario ?? []) if ('event' in step) this.check(step.event);
    this.scenario = new Scenario(config.scenario ?? []);
    this.log = new MessageLog(this.startTime, trafficSeed, historySize);
    this.faults = new RoomFaults(this.open, () => this.log.newLogId());
    this.pending = this.faults.pending;
    this.receivedSlack = historySlack(historySize);
  }

  // ------------------------------------------------------------ the stream

  /** First position still in history. */
  get firstSeq(): number {
    return this.log.firstSeq;
  }

  /** Position after the last message. */
  get endSeq(): number {
    return this.log.endSeq;
  }

  /** Starts traffic and the scenario; called when a client first fetches or connects. */
  activate(): void {
    if (this.active || this.status !== 'live') return;
    this.active = true;
    this.traffic.start();
    this.scenario.start({
      event: (event) => this.push(event),
      traffic: (kind, count) => this.emit(kind, count),
      fault: (fault) => this.fault(fault),
      control: (action) => this.append([this.generator.control(action, Date.now())]),
      end: () => this.end(),
    });
  }

  /**
   * Publishes events to the room. Each gets a fresh msgId, this room's id and
   * the current time. Fields left out are filled in, nested ones field by field,
   * from generated traffic of the same type that agrees with the given fields: a
   * user named by `uniqueId` or `userId` is that person, a gift named by
   * `giftName` or `giftId` that catalog gift, and one push of a streakable gift a
   * finished streak. So a test can say just `{ type: 'chat', comment: 'hi', user:
   * { uniqueId: 'alice' } }`. A field the event type does not have, a value of
   * the wrong type or an unknown gift is an `InvalidArgumentError`, and then none
   * of the events is published.
   */
  push(...events: EventInit[]): SentMessage[] {
    const now = Date.now();
    return this.append(events.map((init) => this.complete(init, now)));
  }

  /** Checks a push input as `push` would, without publishing it (or moving the traffic on). */
  private check(init: EventInit): void {
    checkEventFields(init);
    if (init.type === 'gift') this.generator.catalogGift(init.giftId, init.giftName);
  }

  /** The complete event a push input asks for. */
  private complete(init: EventInit, now: number): WireEvent {
    checkEventInit(init);
    const template = this.generator.template(init, now);
    const event = fillEvent(init, template, this.generator);
    return { ...event, method: init.method ?? template.method, msgId: this.generator.nextMsgId(), roomId: this.roomId, createTime: now };
  }

  /** Publishes `count` generated events of one kind. */
  emit(kind: TrafficKind, count = 1): SentMessage[] {
    const now = Date.now();
    return this.append(Array.from({ length: count }, () => this.generator.event(kind, now)));
  }

  /** Ends the LIVE: a control message with action 3, then the room is offline. */
  end(action = 3): void {
    this.append([this.generator.control(action, Date.now())]);
    this.status = 'offline';
    this.traffic.stop();
  }

  private append(events: WireEvent[]): SentMessage[] {
    const out: SentMessage[] = [];
    for (const event of events) {
      this.count(event);
      out.push(this.log.append(encodeEvent(event), event.createTime, event.type, event.msgId));
    }
    this.deliver();
    return out;
  }

  private count(event: WireEvent): void {
    const s = this.stats;
    if (event.type === 'like') s.likes = Math.max(s.likes + event.likeCount, event.totalLikes);
    else if (event.type === 'roomUserSeq') {
      s.viewers = event.viewerCount;
      s.totalViewers = Math.max(s.totalViewers, event.totalViewers);
    } else if (event.type === 'member') s.totalViewers += 1;
    else if (event.type === 'social' && event.action === 'share') s.shares += 1;
    else if (event.type === 'social' && event.action === 'follow') s.follows += 1;
  }

  /**
   * Whether a client may still come in: a live room always; a room that has
   * gone offline only to fetch what it missed (a resume position before the
   * end of the stream), so a client that dropped just as the LIVE ended still
   * gets the tail and the end message.
   */
  admits(resumeFrom: number | undefined): boolean {
    if (this.status === 'live') return true;
    return this.status === 'offline' && resumeFrom !== undefined && resumeFrom < this.endSeq;
  }

  /** The position a client resumes from: after the message its cursor names, else from internal_ext's seq. */
  positionFor(cursor: string | null | undefined, internalExt: string | null | undefined): number | undefined {
    return this.log.positionFor(cursor, internalExt);
  }

  /** The cursor that points just after `seq - 1`, i.e. a client holding everything before `seq`. */
  cursorBefore(seq: number): string {
    return this.log.cursorBefore(seq);
  }

  internalExtBefore(seq: number): string {
    return this.log.internalExtBefore(seq);
  }

  /**
   * The `im/fetch` body: recent history (flagged isHistory) and the cursor to
   * continue from; `resumeFrom` replays instead what a resuming client missed.
   */
  fetchResult(pushServer: string, routeParams: Record<string, string>, resumeFrom?: number, fetchInterval?: number): { bytes: Uint8Array; position: number } {
    this.activate();
    return this.log.fetchResult(pushServer, routeParams, resumeFrom, fetchInterval);
  }

  /** Messages from `seq`, at most `max`. */
  slice(seq: number, max: number): LoggedMessage[] {
    return this.log.slice(seq, max);
  }

  /** A `msg` frame carrying messages from `seq`; undefined when there are none. */
  frameFrom(seq: number, compress: boolean): { bytes: Uint8Array; next: number } | undefined {
    return this.log.frameFrom(seq, compress);
  }

  newLogId(): string {
    return this.log.newLogId();
  }

  private deliver(): void {
    for (const c of this.open) c.flush();
  }

  // ------------------------------------------------------------ connections

  attach(conn: PushConnection): void {
    this.open.add(conn);
    this.activate();
  }

  detach(conn: PushConnection): void {
    this.open.delete(conn);
  }

  record(frame: ReceivedFrame): void {
    this.receivedLog.push(frame);
    trimHistory(this.receivedLog, this.historySize, this.receivedSlack);
  }

  // ------------------------------------------------------------ observability

  /** Every message the room published, in order (at least the last `historySize`). */
  sent(): readonly SentMessage[] {
    return this.log.sent();
  }

  /** Every frame clients sent: enter-room, heartbeats, acks (at least the last `historySize`). */
  received(): readonly ReceivedFrame[] {
    return this.receivedLog;
  }

  /** The sockets open now. */
  connections(): ConnectionInfo[] {
    return [...this.open].map((c) => ({
      id: c.id,
      url: c.url,
      cookies: c.cookies,
      enteredRoom: c.entered,
      compress: c.compress,
      stalled: c.stalled,
      position: c.position,
    }));
  }

  // ------------------------------------------------------------ faults

  /** Drops every socket: with a close frame (`clean`, the default) or by destroying the TCP connection. */
  dropConnection(options: { clean?: boolean; code?: number; reason?: string } = {}): number {
    return this.faults.dropConnection(options);
  }

  /** Open sockets stop sending and stop answering (until `resume()`), without closing. */
  stall(): void {
    this.faults.stall();
  }

  resume(): void {
    this.faults.resume();
  }

  /** Sends bytes that are not a push frame. */
  corruptFrame(): void {
    this.faults.corruptFrame();
  }

  /** Sends a `msg` frame whose gzip payload is cut in half. */
  truncatedGzip(): void {
    this.faults.truncatedGzip();
  }

  /** Sends a `msg` frame whose ~64 KiB of gzip inflate to `inflatedBytes` (default 64 MiB). */
  gzipBomb(inflatedBytes?: number): void {
    this.faults.gzipBomb(inflatedBytes);
  }

  /** Sends a raw `msg` frame of `bytes` (default 20 MiB). */
  oversizedFrame(bytes?: number): void {
    this.faults.oversizedFrame(bytes);
  }

  /** Rejects the next `count` (default 1) WebSocket handshakes the way TikTok does: HTTP 200 with handshake-status `status` (417) and handshake-msg `message` (`DEVICE_BLOCKED`). */
  rejectHandshakes(count?: number, message?: string, status?: number): void {
    this.faults.rejectHandshakes(count, message, status);
  }

  /** The next `count` (default 1) sign-server requests for this room get 429 with `retry-after` (default 1 s). */
  signRateLimit(count?: number, retryAfterSec?: number): void {
    this.faults.signRateLimit(count, retryAfterSec);
  }

  /** The next `count` (default 1) sign-server requests for this room fail with a 5xx (`status`, default 503). */
  signServerError(count?: number, status?: number): void {
    this.faults.signServerError(count, status);
  }

  /** Every HTTP answer about this room waits `ms` first (0 to stop). */
  slowHttp(ms: number): void {
    this.faults.slowHttp(ms);
  }

  /**
   * The next `count` (default 1) TikTok-side HTTP answers about this room are `status` (default 500) with `body` (a 5xx, or a
   * malformed body with 200), with a `retry-after` header when `retryAfterSec` is given (a 429).
   */
  breakHttp(count?: number, status?: number, body?: string, retryAfterSec?: number): void {
    this.faults.breakHttp(count, status, body, retryAfterSec);
  }

  /** The next `count` (default 1) HTTP requests about this room (sign server's or TikTok's) lose their connection before any answer. */
  dropHttp(count?: number): void {
    this.faults.dropHttp(count);
  }

  /** The streamer goes offline without an end message: status 4 everywhere, sockets closed. */
  goOffline(): void {
    this.status = 'offline';
    this.traffic.stop();
    for (const c of [...this.open]) c.ws.close(1000, 'room offline');
  }

  /** Triggers a fault given as a value: `room.fault({ type: 'dropConnection', clean: false })`. */
  fault(fault: Fault): void;
  /** @deprecated A fault by name with untyped options (one of the wrong type is ignored); pass a `Fault` instead. */
  fault(name: FaultName, options?: Record<string, unknown>): void;
  fault(fault: Fault | FaultName, options?: Record<string, unknown>): void {
    applyFault(this, typeof fault === 'string' ? faultFrom(fault, options) : fault);
  }

  /** Stops timers and closes sockets. */
  dispose(): void {
    this.traffic.stop();
    this.scenario.stop();
    for (const c of [...this.open]) c.ws.terminate();
    this.open.clear();
  }
}
