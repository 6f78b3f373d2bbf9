/**
 * The recording format of `tiktok-live-rx record` (version 1), and the tools to
 * write one: JSON Lines, UTF-8.
 *
 * Line 1, the header:
 *   {"format":"tiktok-live-rx-recording","version":1,"uniqueId":"…","roomId":"…","startedAt":"<ISO time>"}
 * Every further line, one entry in arrival order:
 *   {"t":<ms since startedAt>,"kind":"fetch"|"frame","data":"<base64>"}
 * `fetch` is a `ProtoMessageFetchResult` as the sign server returned it (the
 * first messages, and the resume position of each connection); `frame` is one
 * binary WebSocket message exactly as it arrived (a `WebcastPushFrame`).
 */
import { fromBase64, toBase64 } from '../decoders/base64.js';
import { InvalidArgumentError } from '../errors.js';

export const RECORDING_FORMAT = 'tiktok-live-rx-recording';
export const RECORDING_VERSION = 1;

export interface RecordingHeader {
  format: typeof RECORDING_FORMAT;
  version: number;
  uniqueId: string;
  roomId: string;
  startedAt: string;
}

export interface RecordingEntry {
  /** ms since the recording started. */
  t: number;
  kind: 'fetch' | 'frame';
  data: Uint8Array;
}

export interface Recording {
  header: RecordingHeader;
  entries: RecordingEntry[];
  /**
   * The number of a last line `parseRecording` left out because it is cut short (not JSON and
   * not ended by a newline: the recorder stopped mid-write). Absent when every line was whole.
   */
  truncatedLine?: number;
}

export function headerLine(header: Omit<RecordingHeader, 'format' | 'version'>): string {
  return JSON.stringify({ format: RECORDING_FORMAT, version: RECORDING_VERSION, ...header });
}

export function entryLine(entry: RecordingEntry): string {
  return JSON.stringify({ t: Math.round(entry.t), kind: entry.kind, data: toBase64(entry.data) });
}

/**
 * Largest `t` accepted: 30 days after the recording started, beyond any LIVE. It keeps the
 * waits of a replay finite and in range.
 */
export const MAX_RECORDING_T = 30 * 24 * 60 * 60 * 1000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The header, checked: an object of this format and version. `where` names it in errors. */
function checkedHeader(header: unknown, where: string): RecordingHeader {
  if (!isObject(header)) throw new InvalidArgumentError(`${where} is not a recording header: this is not a tiktok-live-rx recording`);
  if (header.format !== RECORDING_FORMAT) throw new InvalidArgumentError(`Not a tiktok-live-rx recording (format is ${JSON.stringify(header.format)})`);
  if (header.version !== RECORDING_VERSION) throw new InvalidArgumentError(`Recording version ${String(header.version)} is not supported (this version reads ${RECORDING_VERSION})`);
  return header as unknown as RecordingHeader;
}

/**
 * One entry, checked: `{ t, kind, data }` with `t` a whole number of ms from 0 to
 * `MAX_RECORDING_T`; `data` is base64 in the text form (decoded here) and bytes in a
 * `Recording`. `where` names the entry in errors.
 */
function checkedEntry(raw: unknown, where: string, data: (value: unknown) => Uint8Array | undefined): RecordingEntry {
  if (!isObject(raw) || (raw.kind !== 'fetch' && raw.kind !== 'frame')) throw new InvalidArgumentError(`${where} is not an entry {t, kind: "fetch"|"frame", data}`);
  const t = raw.t;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0 || t > MAX_RECORDING_T) {
    throw new InvalidArgumentError(`${where} has an invalid time t=${JSON.stringify(t) ?? String(t)}: it must be a number of ms from 0 to ${MAX_RECORDING_T} (30 days)`);
  }
  const bytes = data(raw.data);
  if (!bytes) throw new InvalidArgumentError(`${where} is not an entry {t, kind: "fetch"|"frame", data}`);
  return { t, kind: raw.kind, data: bytes };
}

function base64Data(where: string): (value: unknown) => Uint8Array | undefined {
  return (value) => {
    if (typeof value !== 'string') return undefined;
    try {
      return fromBase64(value);
    } catch (err) {
      throw new InvalidArgumentError(`${where}: data is not base64 (${(err as Error).message})`, { cause: err });
    }
  };
}

/**
 * Parses a recording; every problem is an `InvalidArgumentError` naming the line, except a last
 * line cut short (not JSON, and no newline after it), which is left out and named in
 * `truncatedLine`: a recorder killed mid-write leaves one, and the lines before it are whole.
 */
export function parseRecording(text: string): Recording {
  if (typeof text !== 'string') throw new InvalidArgumentError(`A recording must be text (JSON Lines), got ${text === null ? 'null' : typeof text}`);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new InvalidArgumentError('The recording is empty');
  let header: unknown;
  try {
    header = JSON.parse(lines[0]!);
  } catch {
    throw new InvalidArgumentError('Line 1 of the recording is not JSON: this is not a tiktok-live-rx recording');
  }
  const checked = checkedHeader(header, 'Line 1 of the recording');
  let truncatedLine: number | undefined;
  if (lines.length > 1 && !/\n\s*$/.test(text) && !isJson(lines.at(-1)!)) {
    truncatedLine = lines.length;
    lines.pop();
  }
  const entries = lines.slice(1).map((line, i) => {
    const where = `Line ${i + 2} of the recording`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new InvalidArgumentError(`${where} is not JSON`);
    }
    return checkedEntry(raw, where, base64Data(where));
  });
  return truncatedLine === undefined ? { header: checked, entries } : { header: checked, entries, truncatedLine };
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** A `Recording` given as an object, checked as `parseRecording` checks the text form. */
export function checkedRecording(recording: Recording): Recording {
  if (!isObject(recording) || !Array.isArray(recording.entries)) throw new InvalidArgumentError('A recording must be an object { header, entries: [] }');
  const header = checkedHeader(recording.header, 'The header of the recording');
  const entries = recording.entries.map((entry, i) => checkedEntry(entry, `Entry ${i} of the recording`, (data) => (data instanceof Uint8Array ? data : undefined)));
  const line = recording.truncatedLine;
  return Number.isInteger(line) ? { header, entries, truncatedLine: line } : { header, entries };
}
