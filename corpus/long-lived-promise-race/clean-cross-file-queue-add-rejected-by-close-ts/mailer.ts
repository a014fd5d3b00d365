// The same queue checks a flag instead of waiting on its end: a send after shutdown fails at
// once, and no send adds anything that outlives it.
export class MailQueue {
  private closing = false;

  send(to: string, body: string): Promise<void> {
    if (this.closing) return Promise.reject(new Error('mail queue closed'));
    return new Promise((resolve) => {
      setImmediate(() => { console.log(`mail to ${to}: ${body.length} bytes`); resolve(); });
    });
  }

  shutdown(): void {
    this.closing = true;
  }
}

export const mailQueue = new MailQueue();
