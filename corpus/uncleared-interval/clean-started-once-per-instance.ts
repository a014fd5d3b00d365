// The same checker with a stop that clears the interval, and a module-private one the file
// starts once.
export class ConnectionChecker {
  private interval: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly onChange: (online: boolean) => void) {}

  start(): void {
    if (this.interval) return;
    this.interval = setInterval(() => this.check(), 3000);
  }

  stop(): void {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
  }

  private check(): void {
    fetch('/ping').then(() => this.onChange(true), () => this.onChange(false));
  }
}
