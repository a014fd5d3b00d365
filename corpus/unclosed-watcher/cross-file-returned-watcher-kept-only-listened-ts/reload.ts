// Live reload: every open tab keeps an event stream, and each stream gets a watcher. The
// handler keeps the watcher to log its errors and never closes it, so each closed tab leaves
// a watcher running, holding its response.
import express from "express";
import { watchSources } from "./tree";

const app = express();

app.get("/__reload", (req, res) => {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const watcher = watchSources("src", (files) => res.write(`data: ${JSON.stringify(files)}\n\n`)); // expect: unclosed-watcher
  watcher.on("error", (err) => console.error("reload watcher failed", err.message));
});

app.listen(5173);
