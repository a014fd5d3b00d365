// The same helper destroys the upstream request when the response closes, which ends its
// response stream too, however the client leaves.
import http, { type ServerResponse } from 'node:http';

export function relay(res: ServerResponse, url: string): void {
  const upstreamReq = http.get(url);
  upstreamReq.on('response', (upstream) => {
    res.writeHead(upstream.statusCode ?? 502);
    upstream.pipe(res);
  });
  upstreamReq.on('error', () => res.destroy());
  res.on('close', () => upstreamReq.destroy());
}
