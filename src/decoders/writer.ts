import $protobuf from 'protobufjs/minimal.js';

/**
 * A fresh protobufjs writer that makes plain `Uint8Array`s. `Writer.create()`, what generated
 * `encode` uses by default, picks the Buffer writer wherever a `Buffer` exists; that one writes
 * strings of 40 or more characters with `Buffer#utf8Write(string, offset)`, which Cloudflare
 * Workers' `nodejs_compat` Buffer takes to span the whole buffer, refusing any offset past 0 with a
 * RangeError. Every encoder passes one of these instead, on every runtime.
 */
export function writer(): $protobuf.Writer {
  return new $protobuf.Writer();
}
