// A disconnect leaves the calls in flight where they are: the client sends every one of them
// again once it is connected again, and each is removed when its reply comes, either way.
import net from 'node:net';

interface Call {
  template: string;
  resolve(html: string): void;
  reject(err: Error): void;
}

export class RenderClient {
  private readonly calls = new Map<number, Call>();
  private nextId = 1;
  private socket!: net.Socket;

  constructor(private readonly port: number) {
    this.connect();
  }

  private connect(): void {
    this.socket = net.connect(this.port);
    this.socket.setEncoding('utf8');
    this.socket.on('connect', () => {
      for (const [id, call] of this.calls) this.socket.write(`${JSON.stringify({ id, template: call.template })}\n`);
    });
    this.socket.on('data', (line: string) => this.onFrame(JSON.parse(line)));
    this.socket.on('close', () => setTimeout(() => this.connect(), 1000));
  }

  render(template: string): Promise<string> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { template, resolve, reject });
      this.socket.write(`${JSON.stringify({ id, template })}\n`);
    });
  }

  private onFrame(frame: { id: number; type: string; html?: string; reason?: string }): void {
    const call = this.calls.get(frame.id);
    if (!call) return;
    switch (frame.type) {
      case 'done':
        this.calls.delete(frame.id);
        call.resolve(frame.html ?? '');
        break;
      case 'failed':
        this.calls.delete(frame.id);
        call.reject(new Error(frame.reason));
        break;
      default:
        break;
    }
  }
}
