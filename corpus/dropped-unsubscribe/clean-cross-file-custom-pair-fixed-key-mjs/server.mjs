import http from 'node:http';
import { fillSlot, renderSlot } from './slots.mjs';

// Each request sets the banner slot anew: the name is fixed, so the map keeps one renderer.
http.createServer((req, res) => {
  const visitor = req.headers['x-visitor'] ?? 'guest';
  fillSlot('banner', () => `<p>Welcome back, ${visitor}</p>`);
  res.end(renderSlot('banner'));
}).listen(8031);
