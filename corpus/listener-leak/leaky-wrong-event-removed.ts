// A removal exists, but for another event: the 'update' listener added per request stays.
import { EventEmitter } from 'events';
import type { IncomingMessage, ServerResponse } from 'http';
import { createServer } from 'http';

const prices = new EventEmitter();

createServer((req: IncomingMessage, res: ServerResponse) => {
  const onUpdate = (p: number) => res.write(`${p}\n`);
  prices.on('update', onUpdate); // expect: listener-leak
  req.on('close', () => prices.off('remove', onUpdate));
}).listen(8000);
