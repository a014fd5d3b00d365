// Runs a job for the life of the process; callers start it once.
export function every(ms: number, job: () => void): void {
  setInterval(() => {
    try {
      job();
    } catch (error) {
      console.error('scheduled job failed', error);
    }
  }, ms);
}
