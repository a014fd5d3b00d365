// Every query awaits ready(), which makes its promise (and the two once-listeners behind it)
// a single time per store and hands the same promise to every later caller.
import { EventEmitter } from 'node:events';

export class KeyValueStore extends EventEmitter {
  private opening?: Promise<void>;
  private opened = false;

  constructor(private readonly driver: { open(): Promise<void>; get(key: string): Promise<string> }) {
    super();
    driver.open().then(() => { this.opened = true; this.emit('open'); }, (err) => this.emit('error', err));
  }

  ready(): Promise<void> {
    if (this.opened) return Promise.resolve();
    if (!this.opening) {
      this.opening = new Promise((resolve, reject) => {
        this.once('error', reject);
        this.once('open', resolve);
      });
    }
    return this.opening;
  }

  async get(key: string): Promise<string> {
    await this.ready();
    return this.driver.get(key);
  }
}
