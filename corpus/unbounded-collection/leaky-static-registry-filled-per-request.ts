// Every upload a route makes goes into the class's static list, which nothing trims.
import express from 'express';

class Upload {
  static readonly seen: Upload[] = []; // expect: unbounded-collection

  constructor(readonly name: string, readonly size: number) {
    Upload.seen.push(this);
  }
}

const app = express();
app.post('/uploads/:name', (req, res) => {
  const upload = new Upload(req.params.name, Number(req.headers['content-length']) || 0);
  res.json({ name: upload.name, count: Upload.seen.length });
});

export default app;
