/**
 * tiktok-live-rx: TikTok LIVE events as RxJS Observables.
 */
export * from './decoders/index.js';
export * from './api/index.js';
export * from './operators/index.js';
export * from './sources/index.js';
