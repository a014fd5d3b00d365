// The same registry, but each upload takes its hook out again when it is done: the list holds
// the uploads in flight only, and the exit listeners empty what is left at the end.
const express = require("express");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pipeline } = require("stream/promises");

const cleanups = [];

function runCleanups(why) {
  for (const hook of cleanups.splice(0)) hook(why);
}

process.once("exit", () => runCleanups("exit"));
process.once("SIGTERM", () => {
  runCleanups("SIGTERM");
  process.exit(1);
});

const app = express();
app.post("/uploads", async (req, res) => {
  const tmp = path.join(os.tmpdir(), `upload-${Date.now()}`);
  const hook = () => fs.rmSync(tmp, { force: true });
  cleanups.push(hook);
  try {
    await pipeline(req, fs.createWriteStream(tmp));
    res.status(201).end();
  } finally {
    const at = cleanups.indexOf(hook);
    if (at !== -1) cleanups.splice(at, 1);
  }
});
app.listen(8080);
