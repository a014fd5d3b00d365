// A worker's run state; a wait races the work against a deadline made for that wait alone,
// cleared as soon as the race is decided.
export const LATE = Symbol('late');

export class RunState {
  running = false;

  begin(): void {
    this.running = true;
  }

  halt(): void {
    this.running = false;
  }

  async within<T>(work: Promise<T>, ms: number): Promise<T | typeof LATE> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<typeof LATE>((resolve) => {
      timer = setTimeout(() => resolve(LATE), ms);
    });
    try {
      return await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
