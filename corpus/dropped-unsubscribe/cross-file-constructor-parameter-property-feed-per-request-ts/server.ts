// One shared price feed; every request subscribes a response to it and never unsubscribes,
// so the feed keeps every finished response.
import http from 'node:http';
import { interval, map, share } from 'rxjs';
import { PriceTicker } from './ticker';

const prices$ = interval(1000).pipe(map(() => Math.random() * 100), share());

http.createServer((req, res) => {
  const ticker = new PriceTicker(prices$);
  ticker.pipeTo((line) => res.write(line)); // expect: dropped-unsubscribe
}).listen(8081);
