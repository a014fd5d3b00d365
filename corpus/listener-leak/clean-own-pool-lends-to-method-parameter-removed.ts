import net from 'node:net';

interface Job {
  payload: unknown;
  resolve: (chunk: Buffer) => void;
  reject: (err: Error) => void;
}

// A small pool of persistent connections to the render sidecar.
export class SidecarPool {
  private readonly free: net.Socket[] = [];
  private readonly waiting: Job[] = [];

  constructor(port: number, size = 4) {
    for (let i = 0; i < size; i++) this.free.push(net.connect(port));
  }

  send(payload: unknown): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ payload, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.free.length && this.waiting.length) {
      this.exchange(this.free.shift()!, this.waiting.shift()!);
    }
  }

  private exchange(socket: net.Socket, job: Job): void {
    const onError = (err: Error) => {
      socket.off('data', onData);
      socket.destroy();
      job.reject(err);
    };
    const onData = (chunk: Buffer) => {
      socket.off('error', onError);
      this.free.push(socket);
      job.resolve(chunk);
      this.pump();
    };
    socket.once('error', onError);
    socket.once('data', onData);
    socket.write(JSON.stringify(job.payload) + '\n');
  }
}
