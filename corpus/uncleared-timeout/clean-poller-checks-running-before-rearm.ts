// `stop()` clears the pending run and sets `running`, which a run in progress checks before
// it re-arms.
export function createPoller(task: () => Promise<void>, everyMs = 5000) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  async function tick() {
    try {
      await task();
    } catch (err) {
      console.warn('poll failed', err);
    }
    if (running) timer = setTimeout(tick, everyMs);
  }

  return {
    start() {
      if (running) return;
      running = true;
      timer = setTimeout(tick, 0);
    },
    stop() {
      running = false;
      clearTimeout(timer);
    },
  };
}
