// The same memoized formatter, called with the raw header: every distinct header a client
// sends adds a formatter to the cache for good.
import express from 'express';

function memoize<V>(fn: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>(); // expect: unbounded-collection
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}

const formatterFor = memoize((locale) => new Intl.NumberFormat(locale));

const app = express();
app.get('/n/:value', (req, res) => {
  res.send(formatterFor(String(req.headers['accept-language'])).format(Number(req.params.value)));
});
app.listen(3302);
