import { WebSocketServer, type WebSocket } from 'ws';

// A ticker per dashboard socket. A socket that closes while `start()` still waits for the
// first snapshot stops nothing, and the interval starts afterwards, for good.
class PriceTicker {
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly ws: WebSocket, private readonly load: () => Promise<number[]>) {}

  async start(): Promise<void> {
    this.ws.send(JSON.stringify(await this.load()));
    this.timer = setInterval(async () => this.ws.send(JSON.stringify(await this.load())), 2000);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export function serve(port: number, load: () => Promise<number[]>): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (ws) => {
    const ticker = new PriceTicker(ws, load);
    void ticker.start(); // expect: uncleared-interval
    ws.once('close', () => ticker.stop());
  });
  return wss;
}
