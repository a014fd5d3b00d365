import type { Request, Response } from 'express';
import { follow } from './feeds';

export async function streamAuction(req: Request, res: Response): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const unfollow = await follow(`auction:${req.params.id}`, (payload) => {
    res.write(`data: ${payload}\n\n`);
  });
  res.on('close', unfollow);
}
