// One socket to the quote feed; a dropped connection is opened again after a pause.
export class QuoteFeed {
  private socket?: WebSocket;
  private stopped = false;

  constructor(private readonly url: string) {}

  connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onclose = () => {
      if (!this.stopped) setTimeout(() => this.connect(), 2_000);
    };
  }

  stop(): void {
    this.stopped = true;
    this.socket?.close();
  }
}
