// Health probes per shard: the connection comes from a per-shard table the module keeps,
// and each probe waits for a 'pong' through a helper that never takes its listener off.
import type { FastifyInstance } from 'fastify';
import { connectShard, type ShardConnection } from './shards';

const SHARDS = ['a', 'b', 'c'];
const connections = new Map<string, Promise<ShardConnection>>();

function connectionFor(shard: string): Promise<ShardConnection> {
  let ready = connections.get(shard);
  if (!ready) {
    ready = connectShard(shard);
    connections.set(shard, ready);
  }
  return ready;
}

function nextPong(conn: ShardConnection, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no pong')), ms);
    conn.on('pong', (latency: number) => {
      clearTimeout(timer);
      resolve(latency);
    });
    conn.ping();
  });
}

export async function probes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { shard: string } }>('/probe/:shard', async (request) => {
    if (!SHARDS.includes(request.params.shard)) return { error: 'unknown shard' };
    const conn = await connectionFor(request.params.shard);
    return { latency: await nextPong(conn, 2000) }; // expect: listener-leak
  });
}
