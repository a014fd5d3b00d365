// The reply handler removes the pending call when the reply is ok, but an error reply only
// rejects it: every failed call leaves its entry (and its caller's promise functions) behind.
import net from 'node:net';
import http from 'node:http';

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

class Rpc {
  private pending = new Map<number, Pending>(); // expect: unbounded-collection
  private seq = 0;

  constructor(private socket: net.Socket) {
    socket.on('data', (chunk) => this.onReply(String(chunk)));
  }

  private onReply(raw: string): void {
    const reply = JSON.parse(raw) as { id: number; ok: boolean; result?: unknown; error?: string };
    const call = this.pending.get(reply.id);
    if (!call) return;
    if (reply.ok) {
      this.pending.delete(reply.id);
      call.resolve(reply.result);
    } else {
      call.reject(new Error(reply.error ?? 'remote error'));
    }
  }

  call(method: string, params: unknown): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.write(JSON.stringify({ id, method, params }) + '\n');
    });
  }
}

const rpc = new Rpc(net.connect(9000, 'backend.internal'));

http.createServer(async (req, res) => {
  res.end(JSON.stringify(await rpc.call('lookup', { path: req.url })));
}).listen(8060);
