import { gzipSync } from 'node:zlib';
import { gzip } from 'pako';
import type { WebSocket } from 'ws';
import {
  decodeMessage,
  encodeEvent,
  encodeFetchResult,
  encodeMessageFrame,
  EVENT_METHODS,
  encodePushFrame,
  type RawMessageInit,
  type WireEvent,
} from '../decoders/index.js';
import { TrafficGenerator, type TrafficKind, type TrafficOptions } from './traffic.js';

/** How a streamer appears to TikTok's pages and APIs. */
export type RoomStatus = 'live' | 'offline' | 'ageRestricted' | 'notFound' | 'captcha';

export interface RoomTrafficOptions {
  /** Events per second (default 5; at least 10,000 works). 0 generates nothing on its own. */
  rate?: number;
  /** Relative weights of event kinds (see `DEFAULT_MIX`). */
  mix?: TrafficOptions['mix'];
  /** Seed of this room's traffic (default: the simulator's seed). */
  seed?: number;
  /** Stop after this many generated events. */
  limit?: number;
  /** End the LIVE (control action 3) once `limit` is reached. */
  endAfterLimit?: boolean;
  /** Size of the simulated audience. */
  audience?: number;
}

/** An event to publish: any fields of a wire event, with `type`; the rest is filled in. */
export type EventInit = { type: WireEvent['type']; method?: string } & Partial<Omit<WireEvent, 'type' | 'msgId' | 'roomId' | 'createTime'>> & Record<string, unknown>;

/** Generated traffic of these kinds gives a complete event of the same type to fill in from. */
const TEMPLATE_KIND = {
  chat: 'chat',
  member: 'member',
  like: 'like',
  gift: 'gift',
  social: 'social',
  roomUserSeq: 'roomUserSeq',
  subscribe: 'subscribe',
  emoteChat: 'emoteChat',
  envelope: 'envelope',
  question: 'question',
  rankUpdate: 'rankUpdate',
  linkMic: 'linkMic',
  liveIntro: 'liveIntro',
  room: 'room',
} as const satisfies Partial<Record<WireEvent['type'], TrafficKind>>;

/** A captured message in the `shared/realframes` format. */
export type RealFramesFile = Record<string, Array<{ eventData: string; ts?: string }>>;

/** One step of a scripted scenario, `at` ms after the room becomes active. */
export type ScenarioStep =
  | { at: number; event: EventInit }
  | { at: number; traffic: TrafficKind; count?: number }
  | { at: number; fault: FaultName; options?: Record<string, unknown> }
  | { at: number; control: number }
  | { at: number; end: true };

export type FaultName =
  | 'dropConnection'
  | 'stall'
  | 'resume'
  | 'corruptFrame'
  | 'truncatedGzip'
  | 'gzipBomb'
  | 'oversizedFrame'
  | 'rejectHandshakes'
  | 'signRateLimit'
  | 'signServerError'
  | 'slowHttp'
  | 'breakHttp'
  | 'goOffline';

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

/** A message the room published. */
export interface SentMessage {
  /** Position in the room's stream, from 1. */
  seq: number;
  /** The msgId a client sees on the event. */
  msgId: string;
  method: string;
  /** Event type as our decoder names it. */
  type: WireEvent['type'];
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

interface LoggedMessage extends RawMessageInit {
  /** msgId as 32-bit halves, so re-encoding it in every frame needs no decimal parsing. */
  wireId: { low: number; high: number };
  seq: number;
  createTime: number;
  type: WireEvent['type'];
  eventMsgId: string;
}

/** What a push connection needs from the simulator; implemented in push.ts. */
export interface PushConnection {
  readonly id: number;
  readonly ws: WebSocket;
  readonly url: string;
  readonly cookies: Record<string, string>;
  readonly compress: boolean;
  entered: boolean;
  stalled: boolean;
  position: number;
  flush(): void;
  sendRaw(bytes: Uint8Array): void;
}

const DEFAULT_HISTORY = 200_000;
/** Node's zlib at its fastest level: the simulator must outrun the clients it tests. */
const nodeGzip = (body: Uint8Array): Uint8Array => gzipSync(body, { level: 1 });
const MAX_MESSAGES_PER_FRAME = 64;
const TICK_MS = 10;

/** Room ids derived from the handle, so the same name gives the same id in every run. */
export function roomIdFor(uniqueId: string): string {
  let h = 1469598103934665603n;
  for (const ch of uniqueId) h = ((h ^ BigInt(ch.codePointAt(0)!)) * 1099511628211n) & 0x7fffffffffffffffn;
  return (7_200_000_000_000_000_000n + (h % 1_000_000_000_000_000n)).toString();
}

/**
 * One simulated streamer: status, the room's message stream (with bounded
 * history for resume), its live connections, and the fault triggers.
 */
export class SimRoom {
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
  readonly pending = {
    rejectHandshakes: 0,
    handshakeStatus: 417,
    handshakeMessage: 'DEVICE_BLOCKED',
    signRateLimit: 0,
    retryAfterSec: 1,
    signServerError: 0,
    signServerStatus: 503,
    slowHttpMs: 0,
    brokenHttp: 0,
    brokenStatus: 500,
    brokenBody: '',
  };

  private readonly log: LoggedMessage[] = [];
  private logStart = 1;
  private readonly bySeqMsgId = new Map<string, number>();
  private readonly sentLog: SentMessage[] = [];
  private readonly receivedLog: ReceivedFrame[] = [];
  private readonly open = new Set<PushConnection>();
  private readonly generator: TrafficGenerator;
  private readonly traffic: RoomTrafficOptions | false;
  private readonly realQueue: RawMessageInit[] = [];
  private readonly playsRealFrames: boolean;
  private readonly scenario: ScenarioStep[];
  private readonly timers = new Set<NodeJS.Timeout>();
  private ticker: NodeJS.Timeout | undefined;
  private active = false;
  private generated = 0;
  private due = 0;
  private lastTick = 0;
  private nextLogId: bigint;
  private framesSent = 0;
  /** History is trimmed once it is this much over `historySize`. */
  private readonly slack: number;

  constructor(config: SimRoomConfig, seed: number, readonly baseUrl: () => string, private readonly historySize = DEFAULT_HISTORY) {
    this.uniqueId = config.uniqueId;
    this.roomId = config.roomId ?? roomIdFor(config.uniqueId);
    this.nickname = config.nickname ?? config.uniqueId;
    this.joinFrom = config.joinFrom ?? 'now';
    this.status = config.status ?? 'live';
    this.title = config.title ?? `${config.uniqueId} is LIVE`;
    this.traffic = config.traffic === false ? false : { rate: 5, ...config.traffic };
    const trafficSeed = (config.traffic ? config.traffic.seed : undefined) ?? seed;
    this.generator = new TrafficGenerator({
      seed: trafficSeed,
      roomId: this.roomId,
      hostUniqueId: this.uniqueId,
      mix: config.traffic ? config.traffic.mix : undefined,
      audience: config.traffic ? config.traffic.audience : undefined,
      assetBaseUrl: `${baseUrl()}/assets`,
    });
    this.scenario = config.scenario ?? [];
    this.playsRealFrames = config.realFrames !== undefined;
    if (config.realFrames) this.realQueue.push(...realFramesQueue(config.realFrames, this.generator));
    this.nextLogId = 7_309_000_000_000_000_000n + BigInt(trafficSeed % 1_000_000) * 1_000_000_000n;
    this.slack = Math.max(16, Math.floor(historySize / 10));
  }

  // ------------------------------------------------------------ the stream

  /** First position still in history. */
  get firstSeq(): number {
    return this.logStart;
  }

  /** Position after the last message. */
  get endSeq(): number {
    return this.logStart + this.log.length;
  }

  /** Starts traffic and the scenario; called when a client first fetches or connects. */
  activate(): void {
    if (this.active || this.status !== 'live') return;
    this.active = true;
    this.lastTick = Date.now();
    const rate = this.traffic ? (this.traffic.rate ?? 0) : 0;
    if (rate > 0) {
      this.ticker = setInterval(() => this.tick(), TICK_MS);
      this.ticker.unref();
    }
    for (const step of this.scenario) this.later(step.at, () => this.runStep(step));
  }

  /**
   * Publishes events to the room. Each gets a fresh msgId, this room's id and
   * the current time; fields left out (a user, say) are filled from generated
   * traffic of the same type, so a scenario can say just `{ type: 'chat', comment: 'hi' }`.
   */
  push(...events: EventInit[]): SentMessage[] {
    const now = Date.now();
    return this.append(
      events.map((e) => {
        const template = e.type in TEMPLATE_KIND ? this.generator.event(TEMPLATE_KIND[e.type as keyof typeof TEMPLATE_KIND], now) : undefined;
        const method = e.method ?? (e.type === 'unknown' ? 'WebcastUnknownMessage' : EVENT_METHODS[e.type]);
        const base = template && template.type === e.type ? template : {};
        return { ...base, ...e, method, msgId: this.generator.nextMsgId(), roomId: this.roomId, createTime: now } as WireEvent;
      }),
    );
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
    this.stopTraffic();
  }

  private append(events: WireEvent[]): SentMessage[] {
    const out: SentMessage[] = [];
    for (const event of events) {
      this.count(event);
      out.push(this.appendRaw(encodeEvent(event), event.createTime, event.type, event.msgId));
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

  private appendRaw(raw: RawMessageInit, createTime: number, type: WireEvent['type'], eventMsgId: string): SentMessage {
    const seq = this.endSeq;
    const id = BigInt(raw.msgId);
    const wireId = { low: Number(id & 0xffffffffn) | 0, high: Number((id >> 32n) & 0xffffffffn) | 0 };
    this.log.push({ method: raw.method, payload: raw.payload, msgId: raw.msgId, isHistory: raw.isHistory, wireId, seq, createTime, type, eventMsgId });
    this.bySeqMsgId.set(raw.msgId, seq);
    const sent = { seq, msgId: eventMsgId, method: raw.method, type };
    this.sentLog.push(sent);
    // Trim in chunks: shifting a 200,000-entry array on every message would cost a memmove each time.
    if (this.log.length > this.historySize + this.slack) {
      const dropped = this.log.splice(0, this.log.length - this.historySize);
      for (const m of dropped) this.bySeqMsgId.delete(m.msgId);
      this.logStart += dropped.length;
    }
    if (this.sentLog.length > this.historySize + this.slack) this.sentLog.splice(0, this.sentLog.length - this.historySize);
    return sent;
  }

  private tick(): void {
    const now = Date.now();
    const rate = this.traffic ? (this.traffic.rate ?? 0) : 0;
    this.due += (rate * (now - this.lastTick)) / 1000;
    this.lastTick = now;
    let n = Math.floor(this.due);
    this.due -= n;
    const limit = this.traffic ? this.traffic.limit : undefined;
    if (limit !== undefined) n = Math.min(n, limit - this.generated);
    if (n > 0) {
      this.generated += n;
      if (this.playsRealFrames) {
        for (const raw of this.realQueue.splice(0, n)) {
          const event = safeDecode(raw);
          this.appendRaw(raw, now, event?.type ?? 'unknown', event?.msgId && event.msgId !== '0' ? event.msgId : raw.msgId);
        }
        this.deliver();
      } else {
        const events: WireEvent[] = [];
        for (let i = 0; i < n; i++) events.push(this.generator.next(now));
        this.append(events);
      }
    }
    // Real payloads replace generated traffic: once they are all played, the room is quiet.
    if (this.playsRealFrames && this.realQueue.length === 0) this.stopTraffic();
    if (limit !== undefined && this.generated >= limit) {
      this.stopTraffic();
      if (this.traffic && this.traffic.endAfterLimit) this.end();
    }
  }

  private stopTraffic(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
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
    if (cursor) {
      const msgId = cursor.split('_')[1];
      if (msgId === '0') return Math.max(this.firstSeq, Number(cursor.split('_')[2] ?? 1));
      const seq = msgId ? this.bySeqMsgId.get(msgId) : undefined;
      if (seq !== undefined) return seq + 1;
    }
    const m = internalExt ? /(?:^|\|)seq:(\d+)/.exec(internalExt) : null;
    if (m) return Math.max(this.firstSeq, Number(m[1]) + 1);
    // A cursor older than the history we keep resumes from the oldest message we still have.
    return cursor ? this.firstSeq : undefined;
  }

  /** The cursor that points just after `seq - 1`, i.e. a client holding everything before `seq`. */
  cursorBefore(seq: number): string {
    const last = this.log[seq - 1 - this.logStart];
    return last ? `${last.createTime}_${last.msgId}_1_1` : `${Date.now()}_0_${seq}_1`;
  }

  internalExtBefore(seq: number): string {
    const now = Date.now();
    return `fetch_time:${now}|start_time:${this.startTime}|flag:0|seq:${seq - 1}|next_cursor:${this.cursorBefore(seq)}|wss_info:0-${now}-0-0`;
  }

  /**
   * The `im/fetch` body: recent history (flagged isHistory) and the cursor to
   * continue from; `resumeFrom` replays instead what a resuming client missed.
   */
  fetchResult(pushServer: string, routeParams: Record<string, string>, resumeFrom?: number): { bytes: Uint8Array; position: number } {
    this.activate();
    const end = this.endSeq;
    let messages: RawMessageInit[];
    let position: number;
    if (resumeFrom !== undefined) {
      const batch = this.slice(resumeFrom, MAX_MESSAGES_PER_FRAME);
      messages = batch;
      position = resumeFrom + batch.length;
    } else {
      const history = this.log.slice(-200).filter((m) => m.type === 'chat').slice(-6);
      messages = history.map((m) => ({ ...m, isHistory: true }));
      position = end;
    }
    const bytes = encodeFetchResult({
      messages,
      cursor: this.cursorBefore(position),
      internalExt: this.internalExtBefore(position),
      now: Date.now(),
      fetchInterval: 1000,
      routeParams,
      heartbeatDuration: 10_000,
      needAck: true,
      pushServer,
      isFirst: true,
    });
    return { bytes, position };
  }

  /** Messages from `seq`, at most `max`. */
  slice(seq: number, max: number): LoggedMessage[] {
    const from = Math.max(seq, this.logStart) - this.logStart;
    return this.log.slice(from, from + max);
  }

  /** A `msg` frame carrying messages from `seq`; undefined when there are none. */
  frameFrom(seq: number, compress: boolean): { bytes: Uint8Array; next: number } | undefined {
    const batch = this.slice(seq, MAX_MESSAGES_PER_FRAME);
    if (batch.length === 0) return undefined;
    const next = batch[batch.length - 1]!.seq + 1;
    const logId = this.newLogId();
    const bytes = encodeMessageFrame(
      {
        // protobufjs writes an int64 from {low, high} directly (a decimal string it would parse each time).
        messages: batch.map((m) => ({ method: m.method, payload: m.payload, msgId: m.wireId as unknown as string })),
        cursor: this.cursorBefore(next),
        internalExt: this.internalExtBefore(next),
        now: Date.now(),
        needAck: this.framesSent++ % 2 === 0,
        fetchInterval: 1000,
      },
      { seqId: next, logId, gzip: compress ? nodeGzip : false },
    );
    return { bytes, next };
  }

  newLogId(): string {
    this.nextLogId += 1n;
    return this.nextLogId.toString();
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
    if (this.receivedLog.length > this.historySize + this.slack) this.receivedLog.splice(0, this.receivedLog.length - this.historySize);
  }

  // ------------------------------------------------------------ observability

  /** Every message the room published, in order (at least the last `historySize`). */
  sent(): readonly SentMessage[] {
    return this.sentLog;
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
    const conns = [...this.open];
    for (const c of conns) {
      if (options.clean === false) c.ws.terminate();
      else c.ws.close(options.code ?? 1001, options.reason ?? 'server going away');
    }
    return conns.length;
  }

  /** Open sockets stop sending and stop answering (until `resume()`), without closing. */
  stall(): void {
    for (const c of this.open) c.stalled = true;
  }

  resume(): void {
    for (const c of this.open) {
      c.stalled = false;
      c.flush();
    }
  }

  /** Sends bytes that are not a push frame. */
  corruptFrame(): void {
    this.sendToAll(() => new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02]));
  }

  /** Sends a `msg` frame whose gzip payload is cut in half. */
  truncatedGzip(): void {
    this.sendToAll(() => {
      const body = gzip(encodeFetchResult({ messages: [], cursor: 'x', internalExt: 'x' }));
      return encodePushFrame({ payloadType: 'msg', logId: this.newLogId(), headers: { compress_type: 'gzip' }, payload: body.subarray(0, body.length >> 1) });
    });
  }

  /** Sends a `msg` frame whose ~64 KiB of gzip inflate to `inflatedBytes` (default 64 MiB). */
  gzipBomb(inflatedBytes = 64 * 1024 * 1024): void {
    const bomb = gzip(new Uint8Array(inflatedBytes));
    this.sendToAll(() => encodePushFrame({ payloadType: 'msg', logId: this.newLogId(), headers: { compress_type: 'gzip' }, payload: bomb }));
  }

  /** Sends a raw `msg` frame of `bytes` (default 20 MiB). */
  oversizedFrame(bytes = 20 * 1024 * 1024): void {
    this.sendToAll(() => encodePushFrame({ payloadType: 'msg', logId: this.newLogId(), payload: new Uint8Array(bytes) }));
  }

  /** Rejects the next `count` WebSocket handshakes the way TikTok does (HTTP 200 + handshake-msg). */
  rejectHandshakes(count = 1, message = 'DEVICE_BLOCKED', status = 417): void {
    this.pending.rejectHandshakes = count;
    this.pending.handshakeMessage = message;
    this.pending.handshakeStatus = status;
  }

  /** The next `count` sign-server requests for this room get 429 with `retry-after`. */
  signRateLimit(count = 1, retryAfterSec = 1): void {
    this.pending.signRateLimit = count;
    this.pending.retryAfterSec = retryAfterSec;
  }

  /** The next `count` sign-server requests for this room fail with a 5xx. */
  signServerError(count = 1, status = 503): void {
    this.pending.signServerError = count;
    this.pending.signServerStatus = status;
  }

  /** Every HTTP answer about this room waits `ms` first (0 to stop). */
  slowHttp(ms: number): void {
    this.pending.slowHttpMs = ms;
  }

  /** The next `count` TikTok-side HTTP answers about this room are `status` with `body` (a 5xx, or a malformed body with 200). */
  breakHttp(count = 1, status = 500, body = ''): void {
    this.pending.brokenHttp = count;
    this.pending.brokenStatus = status;
    this.pending.brokenBody = body;
  }

  /** The streamer goes offline without an end message: status 4 everywhere, sockets closed. */
  goOffline(): void {
    this.status = 'offline';
    this.stopTraffic();
    for (const c of [...this.open]) c.ws.close(1000, 'room offline');
  }

  /** Stops timers and closes sockets. */
  dispose(): void {
    this.stopTraffic();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const c of [...this.open]) c.ws.terminate();
    this.open.clear();
  }

  private sendToAll(make: () => Uint8Array): void {
    for (const c of this.open) c.sendRaw(make());
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    t.unref();
    this.timers.add(t);
  }

  private runStep(step: ScenarioStep): void {
    if ('event' in step) this.push(step.event);
    else if ('traffic' in step) this.emit(step.traffic, step.count ?? 1);
    else if ('control' in step) this.append([this.generator.control(step.control, Date.now())]);
    else if ('end' in step) this.end();
    else this.fault(step.fault, step.options ?? {});
  }

  /** Triggers a fault by name (what scenarios and the CLI use). */
  fault(name: FaultName, options: Record<string, unknown> = {}): void {
    const num = (key: string) => (typeof options[key] === 'number' ? (options[key] as number) : undefined);
    switch (name) {
      case 'dropConnection':
        this.dropConnection({ clean: options.clean !== false, code: num('code') });
        break;
      case 'stall':
        this.stall();
        break;
      case 'resume':
        this.resume();
        break;
      case 'corruptFrame':
        this.corruptFrame();
        break;
      case 'truncatedGzip':
        this.truncatedGzip();
        break;
      case 'gzipBomb':
        this.gzipBomb(num('bytes'));
        break;
      case 'oversizedFrame':
        this.oversizedFrame(num('bytes'));
        break;
      case 'rejectHandshakes':
        this.rejectHandshakes(num('count'), typeof options.message === 'string' ? options.message : undefined);
        break;
      case 'signRateLimit':
        this.signRateLimit(num('count'), num('retryAfterSec'));
        break;
      case 'signServerError':
        this.signServerError(num('count'), num('status'));
        break;
      case 'slowHttp':
        this.slowHttp(num('ms') ?? 1000);
        break;
      case 'breakHttp':
        this.breakHttp(num('count'), num('status'), typeof options.body === 'string' ? options.body : undefined);
        break;
      case 'goOffline':
        this.goOffline();
        break;
    }
  }
}

function safeDecode(raw: RawMessageInit): WireEvent | undefined {
  try {
    return decodeMessage(raw.method, raw.payload, { msgId: raw.msgId });
  } catch {
    return undefined;
  }
}

/** Real captured payloads in capture order, each with a fresh envelope msgId. */
function realFramesQueue(file: RealFramesFile, ids: TrafficGenerator): RawMessageInit[] {
  const all: Array<{ method: string; payload: Uint8Array; ts: string }> = [];
  for (const [method, entries] of Object.entries(file)) {
    for (const e of entries) all.push({ method, payload: new Uint8Array(Buffer.from(e.eventData, 'base64')), ts: e.ts ?? '' });
  }
  all.sort((a, b) => a.ts.localeCompare(b.ts));
  return all.map((m) => ({ method: m.method, payload: m.payload, msgId: ids.nextMsgId() }));
}
