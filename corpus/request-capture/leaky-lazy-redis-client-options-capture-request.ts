// A cache client made on the first request, with a reconnect hook that reports through that
// request: the module keeps the client, the client keeps the hook, the hook keeps the request.
import express, { Request, Response } from 'express';
import { createClient, RedisClientType } from 'redis';

const app = express();
let cache: RedisClientType | undefined;

app.get('/profile/:id', async (req: Request, res: Response) => {
  if (!cache) {
    cache = createClient({
      url: process.env.REDIS_URL,
      socket: { reconnectStrategy: (attempts: number) => (req.log?.warn?.(`redis retry ${attempts}`), 1000) }, // expect: request-capture
    }) as RedisClientType;
    await cache.connect();
  }
  res.json(await cache.get(`profile:${req.params.id}`));
});

app.listen(3000);
