// A shared mailer remembers each send until it is confirmed or fails; only the failure handler
// removes the entry, so every confirmed send stays in the table.
import { randomUUID } from 'node:crypto';

interface Outgoing {
  to: string;
  startedAt: number;
}

class Mailer {
  private readonly sending = new Map<string, Outgoing>(); // expect: unbounded-collection

  async send(to: string, html: string): Promise<string> {
    const id = randomUUID();
    this.sending.set(id, { to, startedAt: Date.now() });
    try {
      await deliver(to, html);
    } catch (error) {
      this.sending.delete(id);
      throw error;
    }
    return id;
  }

  shutdown(): void {
    this.sending.clear();
  }
}

declare function deliver(to: string, html: string): Promise<void>;

export default new Mailer();
