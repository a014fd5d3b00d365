export interface Poller {
  stop(): void;
}

// Runs `task` every `everyMs` until the poller is stopped.
export function poll(task: () => Promise<void>, everyMs: number): Poller {
  const id = setInterval(() => void task(), everyMs);
  return {
    stop() {
      clearInterval(id);
    },
  };
}
