// A store written as an object literal whose methods reach its Map through `this`: every
// upload adds an entry, and the method that would remove it is never called.
import express from 'express';
import { randomUUID } from 'node:crypto';

const uploads = {
  byId: new Map<string, { name: string; bytes: number; startedAt: number }>(), // expect: unbounded-collection
  begin(name: string) {
    const id = randomUUID();
    this.byId.set(id, { name, bytes: 0, startedAt: Date.now() });
    return id;
  },
  progress(id: string, bytes: number) {
    const upload = this.byId.get(id);
    if (upload) upload.bytes += bytes;
  },
  finish(id: string) {
    this.byId.delete(id);
  },
};

const app = express();
app.post('/uploads', (req, res) => {
  const id = uploads.begin(String(req.query.name));
  req.on('data', (chunk: Buffer) => uploads.progress(id, chunk.length));
  req.on('end', () => res.json({ id }));
});
app.listen(3000);
