// The same converter: the deadline kills the child. The `done` flag set by the child's own
// 'close' and 'error' listeners makes the deadline return early only once the child is gone.
import { spawn } from "node:child_process";
import express from "express";

function convert(input: string, timeoutMs = 15000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("pandoc", [input, "-t", "html"], { stdio: ["ignore", "pipe", "inherit"] });
    const chunks: Buffer[] = [];
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      child.kill("SIGKILL");
      reject(new Error(`conversion of ${input} timed out`));
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", (err) => {
      clearTimeout(timer);
      if (done) return;
      done = true;
      reject(err);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (done) return;
      done = true;
      if (code === 0) resolve(Buffer.concat(chunks).toString("utf8"));
      else reject(new Error(`pandoc exited with ${code}`));
    });
  });
}

const app = express();
app.get("/preview/:doc", async (req, res, next) => {
  try {
    res.send(await convert(`/srv/docs/${req.params.doc.replace(/[^\w.-]/g, "")}`));
  } catch (err) {
    next(err);
  }
});
app.listen(8083);
