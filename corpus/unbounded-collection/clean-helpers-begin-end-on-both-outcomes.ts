// Uploads in progress, for the admin page; the entry goes whether the store call resolves or
// rejects.
import express, { type Request } from 'express';

interface Upload {
  req: Request;
  bytes: number;
  startedAt: number;
}

const uploads = new Map<string, Upload>();
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
  try {
    const location = await store(req);
    res.status(201).location(location).end();
  } catch (error) {
    res.status(502).json({ error: String(error) });
  } finally {
    endUpload(id);
  }
});

export default app;
