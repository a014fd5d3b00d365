// The channel's calls are deleted when the reply comes; an aborted call sends a cancel and
// rejects, but its entry (with the caller's params and promise functions) stays in the map.
import WebSocket from 'ws';

type Waiting = { resolve: (v: unknown) => void; reject: (e: Error) => void; params: unknown };

class RpcChannel {
  private readonly calls = new Map<number, Waiting>(); // expect: unbounded-collection
  private seq = 0;

  constructor(private readonly ws: WebSocket) {
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { id: number; result: unknown };
      const call = this.calls.get(msg.id);
      if (!call) return;
      this.calls.delete(msg.id);
      call.resolve(msg.result);
    });
  }

  call(method: string, params: unknown, signal: AbortSignal): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject, params });
      signal.addEventListener('abort', () => { // expect: listener-leak
        this.ws.send(JSON.stringify({ method: '$/cancel', params: { id } }));
        reject(new Error(`${method} aborted`));
      }, { once: true });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
}

export const rpc = new RpcChannel(new WebSocket('ws://search.internal:7070'));
