import type { Request, Response } from 'express';
import { follow } from './feeds';

export async function streamAuction(req: Request, res: Response): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  await follow(`auction:${req.params.id}`, (payload) => { // expect: dropped-unsubscribe
    res.write(`data: ${payload}\n\n`);
  });
}
