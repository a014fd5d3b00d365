// shutdown() clears no timer itself, but it closes the session, whose 'close' listener runs
// the disconnect handling that clears the keepalive timer.
import type { ClientHttp2Session } from 'node:http2';

export class Transport {
  private keepaliveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly session: ClientHttp2Session, private readonly intervalMs: number) {
    session.once('close', () => this.handleDisconnect());
  }

  sendPing(): void {
    if (this.keepaliveTimer) return;
    this.keepaliveTimer = setTimeout(() => {
      this.keepaliveTimer = null;
      this.session.ping(() => this.sendPing());
    }, this.intervalMs);
  }

  private handleDisconnect(): void {
    this.clearKeepalive();
  }

  private clearKeepalive(): void {
    if (this.keepaliveTimer) {
      clearTimeout(this.keepaliveTimer);
      this.keepaliveTimer = null;
    }
  }

  shutdown(): void {
    this.session.close();
  }
}
