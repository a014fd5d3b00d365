'use strict';
const express = require('express');

class ExportJob {
  static running = new Set(); // expect: unbounded-collection

  constructor(owner, rows) {
    this.owner = owner;
    this.rows = rows;
    this.done = 0;
    ExportJob.running.add(this);
  }

  async run(write) {
    for (const row of this.rows) {
      await write(row);
      this.done += 1;
    }
  }

  dispose() {
    ExportJob.running.delete(this);
  }
}

const app = express();
app.post('/exports', express.json({ limit: '5mb' }), async (req, res) => {
  const job = new ExportJob(req.user.id, req.body.rows);
  await job.run(async (row) => res.write(JSON.stringify(row) + '\n'));
  res.end();
});

app.get('/exports/running', (req, res) => res.json(ExportJob.running.size));
app.listen(3000);
module.exports = { ExportJob };
