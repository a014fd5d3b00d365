// A typed registry filled through a wrapping helper on every request: each record keeps the
// response and the closure that captured the request.
import http, { IncomingMessage, ServerResponse } from 'node:http';

interface Wrapped {
  target: object;
  method: string;
  hook: (...args: unknown[]) => void;
}

const wrapped: Wrapped[] = []; // expect: unbounded-collection

function wrap(target: any, method: string, hook: (...args: unknown[]) => void, list: Wrapped[]): void {
  const original = target[method];
  target[method] = (...args: unknown[]) => {
    hook(...args);
    return original.apply(target, args);
  };
  list.push({ target, method, hook });
}

http.createServer((req: IncomingMessage, res: ServerResponse) => {
  wrap(res, 'write', (chunk: unknown) => {
    console.log('write for', req.url, String(chunk).length);
  }, wrapped);
  res.end('ok');
}).listen(3000);
