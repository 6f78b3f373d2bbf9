import { HttpProblem } from './http.js';

export interface ReplayWindowOptions {
  /** Events kept for resumes. Default 5,000. */
  maxEvents?: number | undefined;
  /** Bytes of JSON kept for resumes. Default 8 MiB. */
  maxBytes?: number | undefined;
}

/** The JSON a resuming client gets first when it missed events the window no longer holds. */
function gapLine(roomId: string, missed: number | null): string {
  return JSON.stringify({ type: 'gap', roomId, missed, origin: 'relay' });
}

const ID = /^([0-9a-z]{1,16})-(\d{1,15})$/;

/**
 * One upstream's events as its clients got them, numbered, the last
 * `maxEvents` (and `maxBytes`) of them kept so that a client that lost its
 * connection gets what it missed. Each event's JSON carries its id first
 * (`{"relayId":"<epoch>-<n>",…}`): the epoch names this upstream, so an id
 * from an upstream that has since closed is recognised as such.
 */
export class ReplayWindow {
  /** Number of the next event. */
  private next = 1;
  /** The kept lines, oldest first, from `lines[head]`; `first` is the number of that one. */
  private lines: string[] = [];
  private head = 0;
  private first = 1;
  private bytes = 0;
  private roomId = '';
  private readonly maxEvents: number;
  private readonly maxBytes: number;

  constructor(
    readonly epoch: string,
    options: ReplayWindowOptions = {},
  ) {
    this.maxEvents = Math.max(1, options.maxEvents ?? 5000);
    this.maxBytes = Math.max(1, options.maxBytes ?? 8 * 1024 * 1024);
  }

  /** Numbers an event's JSON object text, keeps it, and returns it with its id. */
  push(json: string, roomId?: string): string {
    if (roomId) this.roomId = roomId;
    const line = `{"relayId":"${this.epoch}-${this.next}"${json.length > 2 ? ',' : ''}${json.slice(1)}`;
    this.next += 1;
    this.lines.push(line);
    this.bytes += line.length;
    while (this.lines.length - this.head > this.maxEvents || (this.bytes > this.maxBytes && this.lines.length - this.head > 1)) {
      this.bytes -= this.lines[this.head]!.length;
      this.lines[this.head] = '';
      this.head += 1;
      this.first += 1;
    }
    // Let go of the dropped slots now and then, not on every event.
    if (this.head > 1024 && this.head * 2 > this.lines.length) {
      this.lines = this.lines.slice(this.head);
      this.head = 0;
    }
    return line;
  }

  /**
   * What a client that last got event `since` (a `relayId`) has missed: the
   * kept events after it, preceded by a `gap` event when the window no longer
   * holds all of them (`missed` then counts the lost ones; `null` when `since`
   * is from an upstream that has closed, so the count is not known).
   * Throws HttpProblem 400 for what is not an id.
   */
  after(since: string): string[] {
    const match = ID.exec(since);
    if (!match) throw new HttpProblem(400, 'since must be the relayId of an event this relay sent');
    const kept = this.lines.slice(this.head);
    if (match[1] !== this.epoch) return [gapLine(this.roomId, null), ...kept];
    const seen = Number(match[2]);
    if (seen >= this.next - 1) return [];
    if (seen + 1 < this.first) return [gapLine(this.roomId, this.first - seen - 1), ...kept];
    return kept.slice(seen + 1 - this.first);
  }

  /** What a client gets that resumes from an upstream that is not open: a gap of unknown size. */
  static closed(since: string): string[] {
    if (!ID.test(since)) throw new HttpProblem(400, 'since must be the relayId of an event this relay sent');
    return [gapLine('', null)];
  }
}
