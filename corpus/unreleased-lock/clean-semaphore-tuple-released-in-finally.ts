import { Semaphore } from 'async-mutex';

const slots = new Semaphore(4);

export async function render(key: string): Promise<Buffer | null> {
  const [, release] = await slots.acquire();
  try {
    const original = await fetchOriginal(key);
    if (!original) return null;
    return await encode(original);
  } finally {
    release();
  }
}

declare function fetchOriginal(key: string): Promise<Buffer | null>;
declare function encode(input: Buffer): Promise<Buffer>;
