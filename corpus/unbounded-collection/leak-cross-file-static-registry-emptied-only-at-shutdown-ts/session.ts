import { WebSocket } from 'ws';

export class UpstreamSession {
  static open: UpstreamSession[] = [];
  private readonly socket: WebSocket;

  constructor(readonly userId: string, url: string) {
    this.socket = new WebSocket(url, { headers: { 'x-user': userId } });
    UpstreamSession.open.push(this);
  }

  send(payload: unknown): void {
    this.socket.send(JSON.stringify(payload));
  }

  close(): void {
    this.socket.close();
  }

  static closeAll(): void {
    for (const session of UpstreamSession.open) session.close();
    UpstreamSession.open = [];
  }
}
