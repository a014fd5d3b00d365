export interface Repeating {
  cancel(): void;
}

// Runs `job` again `pauseMs` after each run settles, so slow runs never pile up.
export function repeatAfter(job: () => Promise<void>, pauseMs: number, hooks: { onFailure?: (err: unknown) => void } = {}): Repeating {
  let cancelled = false;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const run = async (): Promise<void> => {
    try {
      await job();
    } catch (err) {
      hooks.onFailure?.(err);
    }
    if (!cancelled) pending = setTimeout(run, pauseMs);
  };

  pending = setTimeout(run, 0);
  return {
    cancel() {
      cancelled = true;
      clearTimeout(pending);
    },
  };
}
