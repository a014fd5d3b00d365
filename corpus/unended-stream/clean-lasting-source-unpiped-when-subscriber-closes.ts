import { PassThrough, Transform, type Writable } from 'node:stream';

export class EventFanout {
  private readonly feed = new PassThrough({ objectMode: true });

  publish(event: { type: string; at: number }): void {
    this.feed.write(event);
  }

  subscribe(out: Writable, type: string): void {
    const only = new Transform({
      objectMode: true,
      transform(event, _enc, done) {
        done(null, event.type === type ? `${JSON.stringify(event)}\n` : undefined);
      },
    });
    this.feed.pipe(only);
    only.pipe(out);
    out.once('close', () => {
      this.feed.unpipe(only);
      only.destroy();
    });
  }
}
