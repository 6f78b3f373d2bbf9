import { Worker } from 'node:worker_threads';
import type { SimulatorClientOptions, SimulatorOptions, TrafficKind } from '../src/simulator/index.js';

export interface WorkerSim {
  url: string;
  clientOptions: SimulatorClientOptions;
  rooms: Array<{ uniqueId: string; roomId: string; sent: number }>;
  close(): Promise<void>;
}

/** Starts the (built) simulator in a worker thread. */
export function simulatorInWorker(options: SimulatorOptions, corpus: Array<{ room: string; kinds: TrafficKind[]; count: number }> = []): Promise<WorkerSim> {
  const worker = new Worker(new URL('./sim-worker.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (ready: Omit<WorkerSim, 'close'>) =>
      resolve({
        ...ready,
        close: () =>
          new Promise<void>((done) => {
            worker.once('message', () => void worker.terminate().then(() => done()));
            worker.postMessage({ cmd: 'close' });
          }),
      }),
    );
    worker.postMessage({ cmd: 'start', options, corpus });
  });
}
