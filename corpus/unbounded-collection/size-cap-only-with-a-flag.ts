import express from 'express';

const settings = { keepHistory: process.env.KEEP_HISTORY === '1', historySize: 200 };
const history: Array<{ path: string; at: number }> = []; // expect: unbounded-collection

const app = express();
app.use((req, _res, next) => {
  history.push({ path: req.path, at: Date.now() });
  if (settings.keepHistory && history.length > settings.historySize) history.shift();
  next();
});
app.listen(3000);
