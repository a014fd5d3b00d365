// The bound handler is made once, in the constructor, and the same function is handed to both.
import { whenAborted, stopWatching } from './signals';

export class ChunkUploader {
  private current: AbortController | null = null;
  private readonly cancelCurrent = () => this.current?.abort();

  constructor(private readonly signal: AbortSignal) {}

  async upload(chunks: { url: string; data: Blob }[]): Promise<void> {
    for (const chunk of chunks) {
      this.current = new AbortController();
      whenAborted(this.signal, this.cancelCurrent);
      try {
        await fetch(chunk.url, { method: 'PUT', body: chunk.data, signal: this.current.signal });
      } finally {
        stopWatching(this.signal, this.cancelCurrent);
      }
    }
  }
}
