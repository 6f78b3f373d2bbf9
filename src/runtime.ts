/**
 * Which JavaScript runtime this is, for the few places that must know: the default socket
 * and the decoders' zlib limits. Below every layer, like errors.ts; no imports.
 */

/** The runtimes tiktok-live-rx tells apart. `browser` stands for any other (a page, a web worker). */
export type Runtime = 'workerd' | 'deno' | 'bun' | 'node' | 'browser';

interface RuntimeGlobals {
  navigator?: { userAgent?: unknown };
  Deno?: { version?: unknown };
  Bun?: { version?: unknown };
  process?: { versions?: { node?: unknown; bun?: unknown } };
}

/**
 * The runtime `globals` (default: this one) belong to. The order matters: Cloudflare Workers
 * (workerd) with `nodejs_compat`, Deno 2 and Bun all have a `process.versions.node`, so each
 * is asked for before Node. workerd says who it is in `navigator.userAgent`.
 */
export function detectRuntime(globals: RuntimeGlobals = globalThis as RuntimeGlobals): Runtime {
  if (globals.navigator?.userAgent === 'Cloudflare-Workers') return 'workerd';
  if (typeof globals.Deno?.version === 'object') return 'deno';
  if (globals.Bun !== undefined || typeof globals.process?.versions?.bun === 'string') return 'bun';
  if (typeof globals.process?.versions?.node === 'string') return 'node';
  return 'browser';
}

/** This runtime, asked once. */
export const RUNTIME: Runtime = detectRuntime();
