import $protobuf from 'protobufjs/minimal.js';

/**
 * A fresh protobufjs writer that makes plain `Uint8Array`s. `Writer.create()`, what generated
 * `encode` uses by default, picks the Buffer writer wherever a `Buffer` exists; that one writes
 * strings of 40 or more characters with `Buffer#utf8Write`, which Cloudflare Workers'
 * `nodejs_compat` Buffer lacks. Every encoder passes one of these instead, on every runtime.
 */
export function writer(): $protobuf.Writer {
  return new $protobuf.Writer();
}
