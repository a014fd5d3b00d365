// The client, and its unbounded cache, are made for one request and die with it.
import NodeCache from 'node-cache';
import express from 'express';

class GeoClient {
  private readonly cache: NodeCache;

  constructor(private readonly baseUrl: string) {
    this.cache = new NodeCache({ useClones: false });
  }

  async lookup(ip: string): Promise<unknown> {
    const hit = this.cache.get(ip);
    if (hit) return hit;
    const info = await (await fetch(`${this.baseUrl}/ip/${ip}`)).json();
    this.cache.set(ip, info);
    return info;
  }
}

const app = express();
app.get('/where', async (req, res) => {
  const client = new GeoClient(String(req.query.region));
  res.json(await client.lookup(req.ip ?? ''));
});
app.listen(3000);
