import express, { type Response } from 'express';

interface Counter {
  url: string;
  bytes: number;
}

const counters: Counter[] = []; // expect: unbounded-collection

function countBytes(res: Response, list: Counter[]): () => void {
  const entry = { url: res.req.originalUrl, bytes: 0 };
  list.push(entry);
  return () => {
    const at = list.indexOf(entry);
    if (at !== -1) list.splice(at, 1);
  };
}

const app = express();
app.use((req, res, next) => {
  countBytes(res, counters);
  next();
});
app.listen(3000);
