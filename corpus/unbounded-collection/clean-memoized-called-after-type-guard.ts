// The memoized loader is called only after a type guard that asks the list of known versions.
import express, { Request, Response } from 'express';
import { readFileSync } from 'node:fs';

function memoize<K, V>(fn: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key: K): V => {
    const hit = results.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    results.set(key, value);
    return value;
  };
}

const VERSIONS = ['v1', 'v2', 'v3'] as const;
type Version = (typeof VERSIONS)[number];

function isVersion(value: string): value is Version {
  return (VERSIONS as readonly string[]).includes(value);
}

const loadSchema = memoize((version: Version) => JSON.parse(readFileSync(`schemas/${version}.json`, 'utf8')));

const app = express();
app.post('/events/:version', (req: Request, res: Response) => {
  const version = String(req.params.version);
  if (!isVersion(version)) {
    res.status(400).end();
    return;
  }
  res.json(loadSchema(version));
});
app.listen(3301);
