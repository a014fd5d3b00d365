import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';

export const orderEvents = new EventEmitter();

// `Notify.whenShipped()` is a namespace helper that listens on the process-wide bus; the route
// calls it per request and nothing ever removes the listener, which keeps `res` too.
namespace Notify {
  export function whenShipped(orderId: string, send: (line: string) => void): void {
    orderEvents.on('shipped', (shipped: { id: string; carrier: string }) => {
      if (shipped.id === orderId) send(`shipped with ${shipped.carrier}`);
    });
  }
}

export function followOrder(req: Request, res: Response): void {
  res.setHeader('content-type', 'text/event-stream');
  Notify.whenShipped(req.params.id, (line) => res.write(`data: ${line}\n\n`)); // expect: listener-leak
}
