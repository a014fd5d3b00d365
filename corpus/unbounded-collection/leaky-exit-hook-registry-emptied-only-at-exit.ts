// A cleanup registry: each upload registers a hook that deletes its temporary file should the
// process stop mid-way. The hooks are run (and the list emptied) only when the process ends,
// so every upload leaves one closure, and the request it captures, in the list until then.
import express from "express";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";

type Hook = (why: string) => void;
const cleanups: Hook[] = []; // expect: unbounded-collection

function runCleanups(why: string): void {
  for (const hook of cleanups.splice(0)) {
    try {
      hook(why);
    } catch (err) {
      console.error("cleanup failed", err);
    }
  }
}

process.once("exit", () => runCleanups("exit"));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    runCleanups(signal);
    process.exit(1);
  });
}

const app = express();
app.post("/uploads", async (req, res) => {
  const tmp = path.join(os.tmpdir(), `upload-${Date.now()}`);
  cleanups.push(() => fs.rmSync(tmp, { force: true }));
  await pipeline(req, fs.createWriteStream(tmp));
  res.status(201).end();
});
app.listen(8080);
