// Notices are collected while one statement runs; an error returns through the callback before
// the removal, so each failed statement leaves its listener (and its notices array) on the
// shared client.
import { EventEmitter } from 'node:events';

interface Client extends EventEmitter {
  query(sql: string, cb: (err: Error | null, rows?: unknown[]) => void): void;
}

export class Statements {
  constructor(private readonly client: Client) {}

  runWithNotices(sql: string, cb: (err: Error | null, notices?: string[]) => void): void {
    const notices: string[] = [];
    const onNotice = (text: string) => notices.push(text);
    this.client.on('notice', onNotice); // expect: listener-leak
    this.client.query(sql, (err) => {
      if (err) return cb(err);
      this.client.removeListener('notice', onNotice);
      cb(null, notices);
    });
  }
}
