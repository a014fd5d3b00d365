// A finder prepares its statement once and runs it for every lookup. Each lookup also waits
// once for an 'error' on the statement, which a healthy statement never emits: the listeners,
// each holding a lookup's reject, pile up on the long-lived statement.
import type { EventEmitter } from 'node:events';

interface Statement extends EventEmitter {
  execute(args: unknown[], done: (err: Error | null, rows: unknown[]) => void): void;
}

export class Finder {
  private statement: Statement;

  constructor(prepare: (sql: string) => Statement) {
    this.statement = prepare('select * from items where id = ?');
  }

  find(id: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.statement.once('error', reject); // expect: listener-leak
      this.statement.execute([id], (err, rows) => (err ? reject(err) : resolve(rows[0])));
    });
  }
}
