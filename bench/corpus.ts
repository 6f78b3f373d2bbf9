import { encodeEvent, encodeMessageFrame } from '../src/decoders/index.js';
import { TrafficGenerator, prng } from '../src/simulator/traffic.js';

export interface Corpus {
  frames: Uint8Array[];
  messages: number;
  compressedBytes: number;
}

/**
 * A deterministic corpus of gzip push frames with a realistic mix of messages,
 * built by our own encoders from the seeded traffic generator: 1–8 messages a
 * frame, as TikTok batches them.
 */
export function buildCorpus(frameCount = 5000, seed = 42): Corpus {
  const traffic = new TrafficGenerator({ seed, roomId: '7291268239881964294', hostUniqueId: 'bench_host' });
  const random = prng(seed ^ 0x5eed);
  const frames: Uint8Array[] = [];
  let messages = 0;
  let compressedBytes = 0;
  let now = 1_700_000_000_000;
  for (let i = 0; i < frameCount; i++) {
    const n = 1 + Math.floor(random() * 8);
    const batch = Array.from({ length: n }, () => encodeEvent(traffic.next((now += 37))));
    const frame = encodeMessageFrame(
      { messages: batch, cursor: `${now}_${batch[n - 1]!.msgId}_1_1`, internalExt: `fetch_time:${now}|seq:${i}|wss_info:0-${now}-0-0`, needAck: i % 4 === 0, now },
      { seqId: i + 1, logId: String(7_309_148_383_620_451_090n + BigInt(i)), gzip: true },
    );
    frames.push(frame);
    messages += n;
    compressedBytes += frame.length;
  }
  return { frames, messages, compressedBytes };
}
