import { EventEmitter } from 'node:events';
import type { Socket } from 'socket.io';

export const alerts = new EventEmitter();

export class AlertGateway {
  private readonly relays = new Map<string, (alert: { team: string }) => void>();

  constructor(private readonly verify: (token: string) => Promise<{ team: string }>) {}

  async handleConnection(client: Socket): Promise<void> {
    let team = '';
    const relay = (alert: { team: string }) => {
      if (alert.team === team) client.emit('alert', alert);
    };
    alerts.on('alert', relay); // expect: listener-leak
    const claims = await this.verify(String(client.handshake.auth?.token ?? ''));
    team = claims.team;
    this.relays.set(client.id, relay);
  }

  handleDisconnect(client: Socket): void {
    const relay = this.relays.get(client.id);
    if (relay) alerts.off('alert', relay);
    this.relays.delete(client.id);
  }
}
