// The same server over the bounded cache: at most `capacity` pages are kept.
import http from 'node:http';
import { PageCache } from './page-cache';

const cache = new PageCache(200);

http.createServer((req, res) => {
  const url = req.url ?? '/';
  const hit = cache.recall(url);
  if (hit) return void res.end(hit);
  const html = `<h1>${url}</h1>`;
  cache.remember(url, html);
  res.end(html);
}).listen(3802);
