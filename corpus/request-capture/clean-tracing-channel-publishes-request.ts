// A wrapper made with the instrumentation helper's `channel()`: published messages go to the
// subscribers at once, so the request in them is not kept by the channel.
import type { Request, Response, NextFunction } from 'express';
import { channel, tracingChannel } from 'node:diagnostics_channel';

const bodyRead = channel('app:body:read');
const handling = tracingChannel('app:handle');

export function publishBody(req: Request, res: Response, next: NextFunction): void {
  bodyRead.publish({ req, body: req.body });
  handling.start.publish({ req, res });
  next();
}
