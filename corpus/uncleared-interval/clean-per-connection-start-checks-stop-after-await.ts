import { WebSocketServer, type WebSocket } from 'ws';

// A ticker per dashboard socket; a socket that closes while `start()` still waits for the
// first snapshot is seen before the interval is armed.
class PriceTicker {
  private timer?: ReturnType<typeof setInterval>;
  private stopped = false;

  constructor(private readonly ws: WebSocket, private readonly load: () => Promise<number[]>) {}

  async start(): Promise<void> {
    this.ws.send(JSON.stringify(await this.load()));
    if (this.stopped) return;
    this.timer = setInterval(async () => this.ws.send(JSON.stringify(await this.load())), 2000);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }
}

export function serve(port: number, load: () => Promise<number[]>): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (ws) => {
    const ticker = new PriceTicker(ws, load);
    void ticker.start();
    ws.once('close', () => ticker.stop());
  });
  return wss;
}
