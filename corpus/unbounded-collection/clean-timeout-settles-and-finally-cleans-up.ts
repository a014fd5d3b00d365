// Waits for a player to come back after a drop. The seat's timeout rejects the wait, and the
// cleanup runs in the wait's `finally`, whichever way it settles.
class Deferred<T> {
  resolve!: (value: T) => void;
  reject!: (reason: unknown) => void;
  readonly promise = new Promise<T>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });
}

export class Lobby {
  private readonly held: Record<string, Deferred<string>> = {};
  private readonly expiries: Record<string, NodeJS.Timeout> = {};

  holdSeat(sessionId: string, seconds: number): Promise<string> {
    const wait = new Deferred<string>();
    this.held[sessionId] = wait;
    this.expiries[sessionId] = setTimeout(() => wait.reject(new Error('seat expired')), seconds * 1000);
    const cleanup = () => {
      clearTimeout(this.expiries[sessionId]);
      delete this.expiries[sessionId];
      delete this.held[sessionId];
    };
    return wait.promise.finally(() => cleanup());
  }

  reconnect(sessionId: string, socketId: string): void {
    this.held[sessionId]?.resolve(socketId);
  }
}
