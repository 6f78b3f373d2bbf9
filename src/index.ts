/**
 * tiktok-live-rx: TikTok LIVE events as RxJS Observables.
 */
export * from './decoders/index.js';
