// Each command waits once for a 'cancel' on the session it runs on, so the user can stop it.
// A cancel seldom comes: every finished command leaves its listener, and itself, on the
// session, which serves every later command.
import type { EventEmitter } from 'node:events';

export class ExportCommand {
  private stopped = false;

  constructor(private readonly table: string) {}

  execute(session: EventEmitter & { write(sql: string): void }): void {
    session.once('cancel', () => { // expect: listener-leak
      this.stopped = true;
    });
    session.write(`copy ${this.table} to stdout`);
  }
}
