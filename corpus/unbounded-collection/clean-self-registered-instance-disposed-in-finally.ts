import express from 'express';

export class ExportJob {
  static readonly running = new Set<ExportJob>();
  done = 0;

  constructor(readonly owner: string, private readonly rows: object[]) {
    ExportJob.running.add(this);
  }

  async run(write: (row: object) => Promise<unknown>): Promise<void> {
    for (const row of this.rows) {
      await write(row);
      this.done += 1;
    }
  }

  dispose(): void {
    ExportJob.running.delete(this);
  }
}

const app = express();
app.post('/exports', express.json({ limit: '5mb' }), async (req, res) => {
  const job = new ExportJob(String(req.headers['x-user']), req.body.rows);
  try {
    await job.run(async (row) => res.write(JSON.stringify(row) + '\n'));
    res.end();
  } finally {
    job.dispose();
  }
});
app.listen(3000);
