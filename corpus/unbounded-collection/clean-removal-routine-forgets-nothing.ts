// The removal routine forgets every entry kept under the request's id, whichever path ends it.
import { PassThrough } from 'node:stream';

export class Transport {
  private pendingRequests = new Map<string, { resolve(v: unknown): void; reject(e: Error): void }>();
  private pendingStreams = new Map<string, PassThrough>();

  request(id: string, resolve: (v: unknown) => void, reject: (e: Error) => void): void {
    this.pendingRequests.set(id, { resolve, reject });
    setTimeout(() => {
      this.removePendingRequest(id);
      reject(new Error(`request ${id} timed out`));
    }, 30000);
  }

  onChunk(id: string, chunk: Buffer): void {
    let stream = this.pendingStreams.get(id);
    if (!stream) {
      stream = new PassThrough();
      this.pendingStreams.set(id, stream);
      this.pendingRequests.get(id)?.resolve(stream);
    }
    stream.write(chunk);
  }

  onEnd(id: string): void {
    this.removePendingRequest(id);
  }

  removePendingRequest(id: string): void {
    this.pendingRequests.delete(id);
    this.pendingStreams.delete(id);
  }
}
