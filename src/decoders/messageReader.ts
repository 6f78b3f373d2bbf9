/**
 * The reader the hand-written decoders read one message with: a `WireReader` that also
 * holds what decoding the message notes beside the fields it returns. A new one per
 * message, so no decoding state outlives its call.
 */
import { WireReader } from './wire.js';

// Tags are written out as (field number << 3) | wire type, with the field and wire type beside
// them (LEN: 2, length-delimited); constants keep the switches jump tables.
export const LEN = 2;

// The fields are declared, and set in the constructor, rather than initialised as class fields:
// a subclass's field initialisers made each message's decoding about 1.7% more instructions.
export class MessageReader extends WireReader {
  /**
   * Set when a singular user or image field occurs twice in the message (`readUser`,
   * `readImageOnce`). Protobuf merges the two; the hand-written decoders do not, so such
   * (unusual) messages are handed to the schema path, which does.
   */
  declare merged: boolean;
  /** Whether the last user read had an id or a handle of its own (a gift's `toUser` counts only then). */
  declare userNamed: boolean;
  /** The common header's fields (`readCommon`); the display key only where the decoder asks for it. */
  declare msgId: string;
  declare roomId: string;
  declare createTime: number;
  declare displayKey: string;

  /** Reads the message in `buf` from `start` to `end`. */
  constructor(buf: Uint8Array, start: number, end: number) {
    super(buf, start, end);
    this.merged = false;
    this.userNamed = false;
    this.msgId = '0';
    this.roomId = '0';
    this.createTime = 0;
    this.displayKey = '';
  }
}
