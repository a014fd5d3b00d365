// Per request, a converter runs in a child process with a deadline. When the deadline fires
// the promise is rejected, but the child is never killed: a converter that hangs keeps its
// process, its pipes and the chunks collected so far, one more per timed-out request.
const { spawn } = require("child_process");
const express = require("express");

function convert(input, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    const child = spawn("pandoc", [input, "-t", "html"], { stdio: ["ignore", "pipe", "inherit"] });
    const chunks = [];
    const timer = setTimeout(() => reject(new Error(`conversion of ${input} timed out`)), timeoutMs);
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(chunks).toString("utf8"));
      else reject(new Error(`pandoc exited with ${code}`));
    });
  });
}

const app = express();
app.get("/preview/:doc", async (req, res, next) => {
  try {
    res.send(await convert(`/srv/docs/${req.params.doc.replace(/[^\w.-]/g, "")}`)); // expect: unclosed-watcher
  } catch (err) {
    next(err);
  }
});
app.listen(8083);
