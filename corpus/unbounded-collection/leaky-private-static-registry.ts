// A private static map on the class, filled per upload under a fresh id and never pruned.
import express from 'express';
import { randomUUID } from 'node:crypto';

class UploadTracker {
  static #byId = new Map<string, { name: string; at: number }>(); // expect: unbounded-collection

  static record(id: string, name: string): void {
    UploadTracker.#byId.set(id, { name, at: Date.now() });
  }
}

const app = express();

app.post('/uploads', (req, res) => {
  const id = randomUUID();
  UploadTracker.record(id, String(req.query.name));
  res.status(201).json({ id });
});

export default app;
