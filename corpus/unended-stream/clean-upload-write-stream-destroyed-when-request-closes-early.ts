// The same upload, which destroys the file when the request closes before its body ended.
import fs from "node:fs";
import path from "node:path";
import express from "express";

const MAX = 50 * 1024 * 1024;
const app = express();

app.put("/files/:name", (req, res) => {
  const target = path.join("/srv/uploads", path.basename(req.params.name));
  const out = fs.createWriteStream(`${target}.part`);
  let bytes = 0;
  let ended = false;
  req.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > MAX) {
      out.destroy();
      res.status(413).end();
      req.destroy();
      return;
    }
    out.write(chunk);
  });
  req.on("end", () => {
    ended = true;
    out.end(() => fs.rename(`${target}.part`, target, () => res.status(201).end()));
  });
  req.on("close", () => {
    if (!ended) out.destroy();
  });
});

app.listen(3000);
