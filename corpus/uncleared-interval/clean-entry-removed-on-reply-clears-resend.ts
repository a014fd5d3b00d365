// A device gateway resends each command until the device acknowledges it. The ack handler
// stops the resend interval before it drops the entry, as shutdown does.
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';

interface Outstanding {
  payload: string;
  acked: (ok: boolean) => void;
  resend: ReturnType<typeof setInterval>;
}

export class DeviceLink {
  private readonly outstanding = new Map<string, Outstanding>();

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.onAck(chunk.toString('utf8')));
  }

  command(name: string, args: string[]): Promise<boolean> {
    const tag = randomUUID();
    const payload = `${tag} ${name} ${args.join(' ')}\n`;
    return new Promise((acked) => {
      const item: Outstanding = {
        payload,
        acked,
        resend: setInterval(() => this.socket.write(payload), 2_000),
      };
      this.outstanding.set(tag, item);
      this.socket.write(payload);
    });
  }

  private onAck(line: string): void {
    const [tag, status] = line.trim().split(' ');
    const item = this.outstanding.get(tag);
    if (item === undefined) return;
    clearInterval(item.resend);
    this.outstanding.delete(tag);
    item.acked(status === 'OK');
  }

  shutdown(): void {
    for (const item of this.outstanding.values()) {
      clearInterval(item.resend);
      item.acked(false);
    }
    this.outstanding.clear();
  }
}
