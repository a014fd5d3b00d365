import http from 'node:http';
import { meter } from './meter';

http.createServer((req, res) => {
  meter.onReading((value: number) => { // expect: listener-leak
    res.write(`${req.url}: ${value}\n`);
  });
  meter.record(Date.now());
}).listen(8080);
