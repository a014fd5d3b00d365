// The helper forwards an upstream download into whatever response it is handed; nothing destroys
// the upstream request when that response closes early.
import http, { type ServerResponse } from 'node:http';

export function relay(res: ServerResponse, url: string): void {
  const upstreamReq = http.get(url);
  upstreamReq.on('response', (upstream) => {
    res.writeHead(upstream.statusCode ?? 502);
    upstream.pipe(res); // expect: unended-stream
  });
  upstreamReq.on('error', () => res.destroy());
}
