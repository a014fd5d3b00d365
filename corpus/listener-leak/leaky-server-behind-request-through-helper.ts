// The server that accepted the request, fetched through a small helper: its 'close' comes at
// shutdown only, so every long-poll request leaves its listener, and its response, on it.
import express, { Request, Response } from 'express';
import type { Server } from 'node:http';

const app = express();
declare function nextEvents(): Promise<unknown[]>;

function acceptingServer(req: Request): Server {
  return (req.socket as unknown as { server: Server }).server;
}

app.get('/events/wait', (req: Request, res: Response) => {
  const server = acceptingServer(req);
  server.once('close', () => { // expect: listener-leak
    if (!res.headersSent) res.status(503).end();
  });
  nextEvents().then((events) => res.json({ events }));
});

export default app;
