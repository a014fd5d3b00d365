// A prepared statement waits on the session for one of two outcomes: rows, or an empty result.
// The rows handler removes the empty-result listener, but not the other way round: every
// statement that returns nothing leaves its 'rows' listener, and itself, on the session.
import type { EventEmitter } from 'node:events';

export class Statement {
  private rows: unknown[] = [];

  constructor(private text: string) {
    this.onRows = this.onRows.bind(this);
    this.onEmpty = this.onEmpty.bind(this);
  }

  execute(session: EventEmitter & { send(text: string): void }): void {
    this.session = session;
    session.send(this.text);
    session.once('empty', this.onEmpty);
    session.once('rows', this.onRows); // expect: listener-leak
  }

  private session?: EventEmitter;

  private onRows(rows: unknown[]): void {
    this.session?.removeListener('empty', this.onEmpty);
    this.rows = rows;
  }

  private onEmpty(): void {
    this.rows = [];
  }
}
