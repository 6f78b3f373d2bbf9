/**
 * Ctrl-C and SIGTERM: how a running command is asked to stop.
 */

/** Calls `stop` on SIGINT or SIGTERM from now on; returns the way to stop listening. */
export function onStopSignal(stop: () => void): () => void {
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
}

/** Runs until Ctrl-C (or SIGTERM), then closes the server and resolves. */
export function serveUntilSignal(close: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const off = onStopSignal(() => {
      off();
      void close().then(resolve);
    });
  });
}
