import { describe, expect, it } from 'vitest';
import { loadRealPayloads, readCapture } from './support/realframes.js';

// The real captures live outside the repository (shared/realframes beside it). A clone without them
// gets a message that says what is missing and where to look, not a bare ENOENT.
describe('tests that need the real captures, when they are missing', () => {
  const expected = /^Real TikTok captures not found: \/nowhere\/realframes\/\S+ is missing\. .*shared\/realframes beside the project .*TIKTOK_LIVE_RX_REALFRAMES.*README\.md/;

  it('loadRealPayloads names the folder it looked in', () => {
    expect(() => loadRealPayloads('/nowhere/realframes/events/')).toThrow(expected);
  });

  it('readCapture names the file', () => {
    expect(() => readCapture('/nowhere/realframes/giftlist/official.json')).toThrow(expected);
  });
});
