// The same helper on a dedicated client (pg's Client, one per job, ended by the caller): no
// pool lends it to anyone else, and the listener goes with it.
import { Client } from 'pg';

export class StatementFailed extends Error {}

export function run<T>(client: Client, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    client.once('error', (err) => reject(new StatementFailed(err.message)));
    client.query(sql, params).then((result) => resolve(result.rows as T[]), reject);
  });
}
