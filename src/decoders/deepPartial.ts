import type { LiveError } from '../errors.js';

/**
 * `T` with every field optional, all the way down: what the simulator's `push` and the testing
 * factories take, to fill in the rest. Arrays hold deep-partial elements (each filled in turn); byte
 * arrays, errors and functions are taken whole.
 */
export type DeepPartial<T> = T extends Uint8Array | LiveError | ((...args: never[]) => unknown)
  ? T
  : T extends ReadonlyArray<infer E>
    ? Array<DeepPartial<E>>
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;
