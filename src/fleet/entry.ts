import { eventToJson } from '../decoders/json.js';
import { reviveRelayItem, type RelayItem } from '../browser/revive.js';
import { FleetEntryError } from '../errors.js';
import type { LiveEvent } from '../operators/pipeline/events.js';

/**
 * One event in a partition stream: the fields consumers filter on without parsing (`room`, `type`,
 * `msgId`, `createTime`), the fencing `epoch` of the worker that wrote it, and the event as JSON
 * (`eventToJson`, as the relay sends it).
 */
export interface FleetEntry {
  /** The stream entry id (`<ms>-<seq>`). */
  id: string;
  /** The room's handle (normalised, no `@`). */
  room: string;
  type: LiveEvent['type'];
  /** '' for events without one (lifecycle events). */
  msgId: string;
  /** ms; undefined for events without one. */
  createTime: number | undefined;
  /** The lease epoch of the worker that wrote it. */
  epoch: number;
  event: LiveEvent;
}

/** What differs between a room's entries: `type`, `msgId`, `createTime`, the event's JSON (the writer's script adds room and epoch). */
export function entryValues(event: LiveEvent): [type: string, msgId: string, createTime: string, json: string] {
  const msgId = 'msgId' in event && typeof event.msgId === 'string' ? event.msgId : '';
  const createTime = 'createTime' in event && typeof event.createTime === 'number' ? String(event.createTime) : '';
  return [event.type, msgId, createTime, eventToJson(event)];
}

/** The XADD field/value list of an event: `room type msgId createTime epoch event`. */
export function encodeEntry(room: string, event: LiveEvent, epoch: number): string[] {
  const [type, msgId, createTime, json] = entryValues(event);
  return ['room', room, 'type', type, 'msgId', msgId, 'createTime', createTime, 'epoch', String(epoch), 'event', json];
}

/** Fields as Redis returns them: a flat `[field, value, …]` list (RESP2) or a map (RESP3, typed clients). */
export type EntryFields = ReadonlyArray<unknown> | Record<string, unknown>;

function fieldsOf(id: string, fields: unknown): Record<string, unknown> {
  if (Array.isArray(fields)) {
    if (fields.length % 2 !== 0) throw new FleetEntryError(id, 'its field list has an odd length');
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i += 2) out[String(fields[i])] = fields[i + 1];
    return out;
  }
  if (fields && typeof fields === 'object') return fields as Record<string, unknown>;
  throw new FleetEntryError(id, 'it has no fields');
}

function text(id: string, fields: Record<string, unknown>, name: string): string {
  const value = fields[name];
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  throw new FleetEntryError(id, `the field "${name}" is missing`);
}

/**
 * A stream entry as the event it carries. Anything else (a field missing, `event` not JSON or not an
 * event of the room and type the fields say) is a `FleetEntryError` naming the entry: a consumer skips
 * it and goes on.
 */
export function decodeEntry(id: string, rawFields: EntryFields | unknown): FleetEntry {
  const fields = fieldsOf(id, rawFields);
  const room = text(id, fields, 'room');
  const type = text(id, fields, 'type');
  const msgId = text(id, fields, 'msgId');
  const createTimeText = text(id, fields, 'createTime');
  const epochText = text(id, fields, 'epoch');
  const json = text(id, fields, 'event');
  const epoch = Number(epochText);
  if (!/^\d+$/.test(epochText) || !Number.isSafeInteger(epoch)) throw new FleetEntryError(id, `its epoch "${epochText.slice(0, 40)}" is not a whole number`);
  const createTime = createTimeText === '' ? undefined : Number(createTimeText);
  if (createTime !== undefined && !Number.isFinite(createTime)) throw new FleetEntryError(id, `its createTime "${createTimeText.slice(0, 40)}" is not a number`);
  let item: unknown;
  try {
    item = JSON.parse(json);
  } catch (error) {
    throw new FleetEntryError(id, 'its event is not JSON', { cause: error });
  }
  if (!item || typeof item !== 'object' || Array.isArray(item) || (item as { type?: unknown }).type !== type) {
    throw new FleetEntryError(id, `its event is not an object of type "${type.slice(0, 40)}"`);
  }
  let event: LiveEvent;
  try {
    event = reviveRelayItem(item as RelayItem);
  } catch (error) {
    throw new FleetEntryError(id, 'its event could not be revived', { cause: error });
  }
  return { id, room, type: type as LiveEvent['type'], msgId, createTime, epoch, event };
}
