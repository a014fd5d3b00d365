// The same list of timer handles, where each timer also takes its own handle out when it
// fires: the list holds only the timers still pending. A naive matcher sees a push with a
// removal on the cancel path only.
export class Scheduler {
  private timers: NodeJS.Timeout[] = [];

  schedule(callback: () => void, delay: number): NodeJS.Timeout {
    const handle: NodeJS.Timeout = setTimeout(() => {
      this.forget(handle);
      callback();
    }, delay);
    this.timers.push(handle);
    return handle;
  }

  cancel(handle: NodeJS.Timeout): void {
    clearTimeout(handle);
    this.forget(handle);
  }

  private forget(handle: NodeJS.Timeout): void {
    const at = this.timers.indexOf(handle);
    if (at !== -1) this.timers.splice(at, 1);
  }

  close(): void {
    this.timers.forEach(clearTimeout);
    this.timers = [];
  }
}
