import { Semaphore } from 'async-mutex';

// At most four encodes at once. The slot's release comes back second in the acquire's tuple.
export class Thumbnails {
  private readonly slots = new Semaphore(4);

  async render(key: string, width: number): Promise<Buffer | null> {
    const [, release] = await this.slots.acquire(); // expect: unreleased-lock
    const original = await fetchOriginal(key);
    if (!original) {
      return null;
    }
    const out = await resize(original, width);
    release();
    return out;
  }
}

declare function fetchOriginal(key: string): Promise<Buffer | null>;
declare function resize(input: Buffer, width: number): Promise<Buffer>;
