// A query helper handed a checked-out client: each query leaves an 'error' listener on a
// client the pool hands to the next borrower.
import { Pool, PoolClient } from 'pg';

export const pool = new Pool({ max: 10 });

export class StatementFailed extends Error {}

export function run<T>(client: PoolClient, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    client.once('error', (err) => reject(new StatementFailed(err.message))); // expect: listener-leak
    client.query(sql, params).then((result) => resolve(result.rows as T[]), reject);
  });
}
