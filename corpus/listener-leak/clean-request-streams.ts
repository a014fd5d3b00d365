// Listeners on the request and response of the current call, and on a stream created here.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import express, { Request, Response } from 'express';

const app = express();

app.get('/file/:name', (req: Request, res: Response) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('finish', () => console.log(`${req.params.name} sent`));
  const stream = createReadStream(`/srv/${req.params.name}`);
  stream.on('error', () => res.status(404).end());
  pipeline(stream, res, () => {});
});

export default app;
