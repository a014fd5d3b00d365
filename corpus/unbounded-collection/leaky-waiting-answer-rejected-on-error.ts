// An asker keeps the resolver of every question until its answer comes. When the connection
// fails first, its 'error' listener rejects the question's promise and nothing deletes the
// resolver: every question that fails stays in the table.
import { EventEmitter } from 'events';

export class Asker {
  private seq = 0;
  private waiting = new Map<number, (value: unknown) => void>(); // expect: unbounded-collection

  ask(conn: EventEmitter, question: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const id = ++this.seq;
      this.waiting.set(id, resolve);
      conn.once('error', reject);
      conn.emit('ask', { id, question });
    });
  }

  onAnswer(answer: { id: number; value: unknown }): void {
    const done = this.waiting.get(answer.id);
    this.waiting.delete(answer.id);
    done?.(answer.value);
  }
}
