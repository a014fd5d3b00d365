// The asker deletes the resolver when the connection closes, which follows its failure too,
// so a question that fails leaves nothing behind.
import { EventEmitter } from 'events';

export class Asker {
  private seq = 0;
  private waiting = new Map<number, (value: unknown) => void>();

  ask(conn: EventEmitter, question: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const id = ++this.seq;
      this.waiting.set(id, resolve);
      conn.once('error', reject);
      conn.once('close', () => this.waiting.delete(id));
      conn.emit('ask', { id, question });
    });
  }

  onAnswer(answer: { id: number; value: unknown }): void {
    const done = this.waiting.get(answer.id);
    this.waiting.delete(answer.id);
    done?.(answer.value);
  }
}
