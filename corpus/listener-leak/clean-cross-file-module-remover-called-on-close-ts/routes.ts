// The twin: the stream stops listening on the response's 'close', which comes however it ends.
import express from 'express';
import { offProgress, onProgress } from './progress';

const app = express();

app.get('/jobs/:id/events', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  onProgress(req.params.id, send);
  res.on('close', () => offProgress(req.params.id, send));
});

export default app;
