// The entry goes in through a small private method; the operation deletes it when the upload
// succeeds, and the `catch` rethrows without deleting: one entry stays per failed upload.
import http from 'node:http';

interface Upload {
  startedAt: number;
  name: string;
}

export class UploadTracker {
  private active = new Map<string, Upload>(); // expect: unbounded-collection

  private open(id: string, name: string): void {
    this.active.set(id, { startedAt: Date.now(), name });
  }

  async push(id: string, name: string, body: Buffer): Promise<void> {
    this.open(id, name);
    try {
      await fetch(`http://storage.internal/${name}`, { method: 'PUT', body });
      this.active.delete(id);
    } catch (error) {
      console.warn('upload failed', name, error);
      throw error;
    }
  }
}

const tracker = new UploadTracker();

http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    tracker.push(String(req.headers['x-upload-id']), req.url ?? 'blob', Buffer.concat(chunks))
      .then(() => res.end('ok'), () => { res.statusCode = 502; res.end(); });
  });
}).listen(8081);
