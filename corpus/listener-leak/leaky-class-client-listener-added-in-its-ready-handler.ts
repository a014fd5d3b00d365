// Cache invalidation over Redis pub/sub: the service subscribes when its connection is ready,
// and adds its message listener there too, once per reconnect.
import Redis from 'ioredis';

export class Invalidations {
  private readonly sub = new Redis(process.env.REDIS_URL ?? 'redis://localhost', { lazyConnect: true });

  constructor(private readonly drop: (key: string) => void) {}

  async start(): Promise<void> {
    this.sub.on('ready', () => {
      this.sub.on('message', (_channel: string, key: string) => this.drop(key)); // expect: listener-leak
      void this.sub.subscribe('cache:invalidate');
    });
    await this.sub.connect();
  }

  async stop(): Promise<void> {
    this.sub.removeAllListeners('message');
    await this.sub.quit();
  }
}
