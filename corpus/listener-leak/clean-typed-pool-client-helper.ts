// A query helper handed a checked-out client takes its 'error' listener off again whatever
// the query does.
import { Pool, PoolClient } from 'pg';

export const pool = new Pool({ max: 10 });

export class StatementFailed extends Error {}

export function run<T>(client: PoolClient, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    const onError = (err: Error) => reject(new StatementFailed(err.message));
    client.once('error', onError);
    client
      .query(sql, params)
      .then((result) => resolve(result.rows as T[]), reject)
      .finally(() => client.off('error', onError));
  });
}
