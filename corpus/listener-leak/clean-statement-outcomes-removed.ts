// The same statement: whichever outcome comes first removes the listener for the other one.
import type { EventEmitter } from 'node:events';

export class Statement {
  private rows: unknown[] = [];
  private session?: EventEmitter;

  constructor(private text: string) {
    this.onRows = this.onRows.bind(this);
    this.onEmpty = this.onEmpty.bind(this);
  }

  execute(session: EventEmitter & { send(text: string): void }): void {
    this.session = session;
    session.send(this.text);
    session.once('empty', this.onEmpty);
    session.once('rows', this.onRows);
  }

  private onRows(rows: unknown[]): void {
    this.session?.removeListener('empty', this.onEmpty);
    this.rows = rows;
  }

  private onEmpty(): void {
    this.session?.removeListener('rows', this.onRows);
    this.rows = [];
  }
}
