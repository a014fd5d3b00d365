import type { Socket } from 'socket.io';

interface Session {
  socket: Socket;
  tenant?: string;
  openedAt: number;
}

export class SessionTable {
  private readonly open = new Map<string, Session>();

  add(socket: Socket): void {
    this.open.set(socket.id, { socket, openedAt: Date.now() });
  }

  label(id: string, tenant: string): void {
    const session = this.open.get(id);
    if (session) session.tenant = tenant;
  }

  drop(id: string): void {
    this.open.delete(id);
  }

  count(): number {
    return this.open.size;
  }
}

export const sessions = new SessionTable();
