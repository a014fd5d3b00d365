// A class field initialiser runs for every instance; nothing ever clears the heartbeat.
export class Session {
  private lastSeen = Date.now();
  private heartbeat = setInterval(() => this.check(), 15_000); // expect: uncleared-interval

  constructor(readonly id: string) {}

  touch(): void {
    this.lastSeen = Date.now();
  }

  private check(): void {
    if (Date.now() - this.lastSeen > 60_000) {
      console.warn(`session ${this.id} idle`);
    }
  }
}
