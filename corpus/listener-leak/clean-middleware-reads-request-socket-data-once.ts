// The same accounting, but each socket is instrumented once, whatever number of requests it
// carries.
import express, { NextFunction, Request, Response } from 'express';
import type { Socket } from 'node:net';

const totals = { bytes: 0 };
const instrumented = new WeakSet<Socket>();
const app = express();

app.use((req: Request, res: Response, next: NextFunction) => {
  const socket = req.socket;
  if (!instrumented.has(socket)) {
    instrumented.add(socket);
    socket.on('data', (chunk: Buffer) => {
      totals.bytes += chunk.length;
    });
  }
  next();
});

app.listen(3401);
