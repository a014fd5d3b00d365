// The same shared mailer, forgetting each send once it is confirmed or has failed.
import { randomUUID } from 'node:crypto';

interface Outgoing {
  to: string;
  startedAt: number;
}

class Mailer {
  private readonly sending = new Map<string, Outgoing>();

  async send(to: string, html: string): Promise<string> {
    const id = randomUUID();
    this.sending.set(id, { to, startedAt: Date.now() });
    try {
      await deliver(to, html);
    } catch (error) {
      this.sending.delete(id);
      throw error;
    }
    this.sending.delete(id);
    return id;
  }

  shutdown(): void {
    this.sending.clear();
  }
}

declare function deliver(to: string, html: string): Promise<void>;

export default new Mailer();
