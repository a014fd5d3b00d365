import express, { type Response } from 'express';

interface Counter {
  url: string;
  bytes: number;
}

// Every byte counter installed on a response is listed, so a debug endpoint can show them.
const counters: Counter[] = [];

function countBytes(res: Response, list: Counter[]): () => void {
  const write = res.write;
  const entry = { url: res.req.originalUrl, bytes: 0 };
  res.write = function countedWrite(this: Response, chunk: any, ...rest: any[]) {
    entry.bytes += Buffer.byteLength(chunk);
    return (write as any).call(this, chunk, ...rest);
  } as Response['write'];
  list.push(entry);
  return () => {
    res.write = write;
    const at = list.indexOf(entry);
    if (at !== -1) list.splice(at, 1);
  };
}

const app = express();
app.use((req, res, next) => {
  const uninstall = countBytes(res, counters);
  res.on('close', uninstall);
  next();
});
app.get('/debug/counters', (req, res) => res.json(counters.length));
app.listen(3000);
