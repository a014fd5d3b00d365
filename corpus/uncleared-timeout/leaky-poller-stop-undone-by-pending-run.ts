// `stop()` clears the pending run, but a run in progress re-arms itself afterwards: stopping
// while `task()` runs leaves the poller going.
export function createPoller(task: () => Promise<void>, everyMs = 5000) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  async function tick() {
    try {
      await task();
    } catch (err) {
      console.warn('poll failed', err);
    }
    timer = setTimeout(tick, everyMs); // expect: uncleared-timeout
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
