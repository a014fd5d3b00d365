import { EventEmitter } from 'node:events';

/** Uploads files through one long-lived transfer engine, reporting retries per upload. */
export class Uploader {
  private readonly engine = new EventEmitter();

  constructor(private readonly send: (name: string, body: Buffer) => Promise<void>) {}

  async upload(name: string, body: Buffer): Promise<number> {
    let retries = 0;
    const onRetry = () => {
      retries += 1;
    };
    this.engine.on('retry', onRetry);
    try {
      await this.send(name, body);
      this.engine.emit('done', name);
      return retries;
    } finally {
      this.engine.off('retry', onRetry);
    }
  }
}
