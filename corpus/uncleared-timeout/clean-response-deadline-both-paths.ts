// The same probe clears its deadline on the response and on the error.
import http from 'node:http';

export function probe(url: string, done: (err: Error | null, status?: number) => void): void {
  const req = http.get(url, (res) => {
    clearTimeout(deadline);
    res.resume();
    done(null, res.statusCode);
  });
  const deadline = setTimeout(() => req.destroy(new Error('probe timed out')), 10_000);
  req.on('error', (err) => {
    clearTimeout(deadline);
    done(err);
  });
}
