// Races the work against a timer of its own and hands back the winner.
export class TooSlow extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

export async function within<T>(work: Promise<T>, ms: number): Promise<T> {
  const expiry = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new TooSlow(ms)), ms);
  });
  return Promise.race([work, expiry]);
}
