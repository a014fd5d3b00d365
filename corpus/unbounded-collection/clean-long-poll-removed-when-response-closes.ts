// Clients long-poll for an export to finish; whichever way the poll ends (the export, the
// timeout's 204, the client leaving), the response's 'close' takes it out of the table.
import express, { type Response } from 'express';
import { exportsEvents } from './exports-events';

const polling = new Map<string, Array<{ res: Response; timer: NodeJS.Timeout }>>();
const app = express();

exportsEvents.on('ready', ({ exportId, url }: { exportId: string; url: string }) => {
  const waiters = polling.get(exportId) ?? [];
  polling.delete(exportId);
  for (const { res, timer } of waiters) {
    clearTimeout(timer);
    res.json({ url });
  }
});

app.get('/exports/:exportId/wait', (req, res) => {
  const { exportId } = req.params;
  const timer = setTimeout(() => res.status(204).end(), 30_000);
  const entry = { res, timer };
  polling.set(exportId, [...(polling.get(exportId) ?? []), entry]);
  res.on('close', () => {
    clearTimeout(timer);
    const rest = (polling.get(exportId) ?? []).filter((e) => e !== entry);
    if (rest.length) polling.set(exportId, rest);
    else polling.delete(exportId);
  });
});

export default app;
