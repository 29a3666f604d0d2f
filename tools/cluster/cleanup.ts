/**
 * Process-wide cleanup of embedded clusters: on SIGINT/SIGTERM/SIGHUP every running cluster is
 * stopped (then the signal re-raised), on exit killed synchronously. Split from index.ts.
 */

/** A started cluster, as the cleanup sees it. */
export interface RunningCluster {
  stop(): Promise<void>;
  killSync(): void;
}

/** The clusters started and not yet stopped in this process. */
export const running = new Set<RunningCluster>();
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
let handlersInstalled = false;

function onSignal(signal: NodeJS.Signals): void {
  const clusters = [...running];
  void Promise.allSettled(clusters.map((c) => c.stop())).then(() => {
    uninstallHandlers();
    // Re-raise: with no other listener the default action ends the process as the signal
    // intended; a program with its own handler has already been told and decides itself.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}
function onExit(): void {
  for (const c of running) c.killSync();
}
/** Installs the signal and exit handlers (once). */
export function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on("exit", onExit);
}
/** Removes the handlers again (when the last cluster stopped). */
export function uninstallHandlers(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener("exit", onExit);
}
