import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';

export const orderEvents = new EventEmitter();

// The namespace helper hands back a remover, and the route calls it when the client leaves.
namespace Notify {
  export function whenShipped(orderId: string, send: (line: string) => void): () => void {
    const onShipped = (shipped: { id: string; carrier: string }) => {
      if (shipped.id === orderId) send(`shipped with ${shipped.carrier}`);
    };
    orderEvents.on('shipped', onShipped);
    return () => orderEvents.off('shipped', onShipped);
  }
}

export function followOrder(req: Request, res: Response): void {
  res.setHeader('content-type', 'text/event-stream');
  const stop = Notify.whenShipped(req.params.id, (line) => res.write(`data: ${line}\n\n`));
  req.on('close', stop);
}
