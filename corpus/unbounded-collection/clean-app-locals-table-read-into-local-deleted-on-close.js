// The same tracking, taking each entry out on 'close', which every response emits.
const express = require("express");
const { randomUUID } = require("crypto");

const app = express();
app.locals.uploads = new Map();

function trackUpload(req, res, next) {
  const uploads = req.app.locals.uploads;
  const id = randomUUID();
  uploads.set(id, { bytes: 0, startedAt: Date.now() });
  req.on("data", (chunk) => {
    uploads.get(id).bytes += chunk.length;
  });
  res.on("close", () => uploads.delete(id));
  next();
}

app.post("/upload", trackUpload, (req, res) => res.status(201).end());
module.exports = { app, trackUpload };
