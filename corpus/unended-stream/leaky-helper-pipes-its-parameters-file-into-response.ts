// Exports are streamed through a small helper that pipes its first parameter into its second
// and only forwards the source's errors: a client that goes away mid-download leaves the file
// stream open, paused, with its descriptor and buffer.
import express from "express";
import fs from "node:fs";
import type { Readable, Writable } from "node:stream";

function send(from: Readable, to: Writable): Writable {
  from.on("error", (err) => to.destroy(err));
  return from.pipe(to);
}

const app = express();
app.get("/exports/:name", (req, res) => {
  const file = fs.createReadStream(`/srv/exports/${req.params.name.replace(/[^\w.-]/g, "")}`);
  res.setHeader("content-type", "text/csv");
  send(file, res); // expect: unended-stream
});
app.listen(8081);
