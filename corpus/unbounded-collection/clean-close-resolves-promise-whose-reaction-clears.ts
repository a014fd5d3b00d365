// The socket's 'close' resolves the instance's `closed` promise, and the one reaction on it
// fails and forgets every call still in flight.
import WebSocket from 'ws';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class RpcClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly socket: WebSocket;
  private readonly closed: Promise<void>;

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.closed = new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
    });
    this.closed.then(() => {
      for (const call of this.pending.values()) call.reject(new Error('connection closed'));
      this.pending.clear();
    });
    this.socket.on('message', (data) => {
      const reply = JSON.parse(String(data)) as { id: number; result: unknown };
      this.pending.get(reply.id)?.resolve(reply.result);
      this.pending.delete(reply.id);
    });
  }

  call(method: string, params: unknown[]): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }
}
