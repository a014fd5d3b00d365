// The same pool keeps each borrower's listener in a table and takes it off in `giveBack()`,
// before the connection goes back into `this.idle`.
import net from 'node:net';

export class LinePool {
  private readonly idle: net.Socket[] = [];
  private readonly leases = new Map<net.Socket, (err: Error) => void>();

  constructor(private readonly port: number) {}

  async borrow(onFailure: (err: Error) => void): Promise<net.Socket> {
    const conn = this.idle.pop() ?? net.connect(this.port);
    conn.once('error', onFailure);
    this.leases.set(conn, onFailure);
    return conn;
  }

  giveBack(conn: net.Socket): void {
    const listener = this.leases.get(conn);
    if (listener) conn.removeListener('error', listener);
    this.leases.delete(conn);
    if (!conn.destroyed) this.idle.push(conn);
  }
}
