// A geo-IP client caches one lookup per address in node-cache made without `stdTTL` or
// `maxKeys`; the module makes the client's one instance as it loads, so the cache never ends.
import NodeCache from 'node-cache';

export class GeoClient {
  private readonly cache: NodeCache;

  constructor(private readonly baseUrl: string) {
    this.cache = new NodeCache({ useClones: false }); // expect: unbounded-cache-config
  }

  async lookup(ip: string): Promise<unknown> {
    const hit = this.cache.get(ip);
    if (hit) return hit;
    const info = await (await fetch(`${this.baseUrl}/ip/${ip}`)).json();
    this.cache.set(ip, info);
    return info;
  }
}

export const geo = new GeoClient(process.env.GEO_URL ?? 'http://localhost:8080');
