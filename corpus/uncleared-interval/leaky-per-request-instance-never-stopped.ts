// Each upload gets a progress reporter whose interval only `stop()` clears, and the route
// never stops it: every upload leaves one reporting for good.
import express from 'express';

class ProgressReporter {
  private ticker?: NodeJS.Timeout;
  private sent = 0;

  constructor(private readonly uploadId: string) {}

  begin(): void {
    this.ticker = setInterval(() => console.info(`${this.uploadId}: ${this.sent} bytes`), 5000);
  }

  add(bytes: number): void {
    this.sent += bytes;
  }

  stop(): void {
    clearInterval(this.ticker);
  }
}

const app = express();
app.post('/uploads/:id', (req, res) => {
  const progress = new ProgressReporter(req.params.id); // expect: uncleared-interval
  progress.begin();
  req.on('data', (chunk: Buffer) => progress.add(chunk.length));
  req.on('end', () => res.status(201).end());
});
app.listen(8100);
