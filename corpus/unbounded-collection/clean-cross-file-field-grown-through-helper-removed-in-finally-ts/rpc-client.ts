// The twin: the record made through the helper is taken out in `finally`, whatever the call's outcome.
import { trackInflight } from './inflight';

interface Transport {
  request(frame: { id: number; method: string; params: unknown }): Promise<unknown>;
}

export class RpcClient {
  private readonly inflight = new Map<number, { method: string; sentAt: number }>();
  private seq = 0;

  constructor(private readonly transport: Transport) {}

  async call(method: string, params: unknown): Promise<unknown> {
    const id = ++this.seq;
    trackInflight(this.inflight, id, { method });
    try {
      return await this.transport.request({ id, method, params });
    } finally {
      this.inflight.delete(id);
    }
  }
}
