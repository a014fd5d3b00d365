// `track()` returns a disposer the route uses, `init()` runs once, and a dialog opened per click
// is a new receiver every time.
import { EventEmitter } from 'node:events';
import express from 'express';

class Stats extends EventEmitter {
  track(onFlush: (n: number) => void): () => void {
    this.on('flush', onFlush);
    return () => this.off('flush', onFlush);
  }

  init(onFlush: (n: number) => void): void {
    this.on('flush', onFlush);
  }
}

const stats = new Stats();
stats.init(() => undefined);
const app = express();

app.get('/work', (req, res) => {
  const untrack = stats.track(() => undefined);
  res.on('finish', untrack);
  res.sendStatus(204);
});

function bindDialog(dialog: EventEmitter): void {
  dialog.on('confirm', () => undefined);
}

declare function openDialog(): Promise<EventEmitter>;
declare const button: EventEmitter;

export function setup(): void {
  let dialog: EventEmitter;
  button.on('click', async () => {
    dialog = await openDialog();
    bindDialog(dialog);
  });
}

export default app;
