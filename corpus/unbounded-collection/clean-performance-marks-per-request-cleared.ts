// The same timing, clearing each request's marks and measure once they are read.
import { performance } from "node:perf_hooks";
import express from "express";

const app = express();
let seq = 0;

app.use((req, res, next) => {
  const id = `req-${++seq}`;
  performance.mark(`${id}:start`);
  res.on("close", () => {
    performance.mark(`${id}:end`);
    const measure = performance.measure(id, `${id}:start`, `${id}:end`);
    res.setHeader("Server-Timing", `app;dur=${measure.duration.toFixed(1)}`);
    performance.clearMarks(`${id}:start`);
    performance.clearMarks(`${id}:end`);
    performance.clearMeasures(id);
  });
  next();
});

app.listen(3000);
