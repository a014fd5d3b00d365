import express from 'express';
import { metrics } from './metrics';

const app = express();
app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => {
    metrics.observe('http.duration', Date.now() - started, { route: req.path, status: res.statusCode });
  });
  next();
});
process.once('SIGTERM', () => metrics.shutdown());
app.listen(3000);
