import type { Pool, PoolClient, QueryResult } from 'pg';

// The TypeScript form: two ways to give the client back, each skipped once the other ran.
export function runQuery(pool: Pool, text: string, values: unknown[], done: (err: Error | undefined, result?: QueryResult) => void): void {
  pool.connect((err: Error | undefined, client: PoolClient | undefined) => {
    if (err || !client) return done(err);
    let released = false;
    const onError = (error: Error) => {
      if (released) return;
      released = true;
      client.release(error);
      done(error);
    };
    client.once('error', onError);
    client.query(text, values, (error: Error | undefined, result: QueryResult) => {
      client.removeListener('error', onError);
      if (released) return;
      released = true;
      client.release(error);
      done(error, result);
    });
  });
}
