// A static field lives as long as the class, so as long as the process.
import NodeCache from 'node-cache';

export class Geo {
  static readonly byIp = new NodeCache({ useClones: false, maxKeys: -1 }); // expect: unbounded-cache-config

  static country(ip: string): string | undefined {
    return Geo.byIp.get<string>(ip);
  }
}
