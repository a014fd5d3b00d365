// The request's own timeout (`req.setTimeout`) instead of a listener on its socket: the
// request removes it when it ends, so a reused socket keeps nothing.
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true });

export function get(url: string): http.ClientRequest {
  const req = http.get(url, { agent });
  req.setTimeout(5000, () => req.destroy(new Error(`timeout: ${url}`)));
  return req;
}
