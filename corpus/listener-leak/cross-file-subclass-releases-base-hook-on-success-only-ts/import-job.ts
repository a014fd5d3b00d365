// An import staged in scratch space; `finish()` releases it after a successful import, and an
// import that fails keeps its 'exit' hook on `process`.
import fs from "node:fs/promises";
import path from "node:path";
import type { Request, Response } from "express";
import { Scratch } from "./scratch";

class ImportJob extends Scratch {
  constructor(readonly account: string) {
    super("import");
  }

  async stage(body: string): Promise<string> {
    const file = path.join(this.dir, "rows.csv");
    await fs.writeFile(file, body);
    return file;
  }

  finish(): void {
    this.release();
  }
}

export async function importRows(req: Request, res: Response): Promise<void> {
  const job = new ImportJob(String(req.params.account)); // expect: listener-leak
  try {
    const file = await job.stage(String(req.body));
    const rows = (await fs.readFile(file, "utf8")).split("\n").length;
    job.finish();
    res.json({ rows });
  } catch (error) {
    res.status(422).json({ error: String(error) });
  }
}
