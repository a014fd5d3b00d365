// Uploads in progress, for the admin page. `endUpload` runs after the store call resolves; a
// rejected upload (quota, network) skips it and its entry, with the request, stays.
import express, { type Request } from 'express';

interface Upload {
  req: Request;
  bytes: number;
  startedAt: number;
}

const uploads = new Map<string, Upload>(); // expect: unbounded-collection
const app = express();

function beginUpload(id: string, req: Request): void {
  uploads.set(id, { req, bytes: Number(req.headers['content-length'] ?? 0), startedAt: Date.now() });
}

function endUpload(id: string): void {
  uploads.delete(id);
}

declare function store(req: Request): Promise<string>;

app.put('/files/:name', async (req, res) => {
  const id = `${req.params.name}:${Date.now()}`;
  beginUpload(id, req);
  const location = await store(req);
  endUpload(id);
  res.status(201).location(location).end();
});

export default app;
