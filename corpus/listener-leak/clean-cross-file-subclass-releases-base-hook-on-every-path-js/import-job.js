// The import job ends its scratch space on success (`finish()`) and on failure (`abandon()`).
const fs = require('fs/promises');
const path = require('path');
const { Scratch } = require('./scratch');

class ImportJob extends Scratch {
  constructor(account) {
    super('import');
    this.account = account;
  }

  async stage(body) {
    const file = path.join(this.dir, 'rows.csv');
    await fs.writeFile(file, body);
    return file;
  }

  finish() {
    this.release();
  }

  abandon() {
    this.release();
  }
}

async function importRows(req, res) {
  const job = new ImportJob(String(req.params.account));
  try {
    const file = await job.stage(String(req.body));
    const rows = (await fs.readFile(file, 'utf8')).split('\n').length;
    job.finish();
    res.json({ rows });
  } catch (error) {
    job.abandon();
    res.status(422).json({ error: String(error) });
  }
}

module.exports = { importRows };
