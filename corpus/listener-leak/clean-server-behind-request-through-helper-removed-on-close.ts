// The same long poll takes its shutdown listener off the server when its response closes.
import express, { Request, Response } from 'express';
import type { Server } from 'node:http';

const app = express();
declare function nextEvents(): Promise<unknown[]>;

function acceptingServer(req: Request): Server {
  return (req.socket as unknown as { server: Server }).server;
}

app.get('/events/wait', (req: Request, res: Response) => {
  const server = acceptingServer(req);
  const onShutdown = () => {
    if (!res.headersSent) res.status(503).end();
  };
  server.once('close', onShutdown);
  res.on('close', () => server.off('close', onShutdown));
  nextEvents().then((events) => res.json({ events }));
});

export default app;
