import type { Socket } from 'socket.io';

// Live cursors of a shared board, by socket.
class CursorTable {
  private readonly bySocket: Record<string, { socket: Socket; x: number; y: number }> = {};

  track(socket: Socket): void {
    this.bySocket[socket.id] = { socket, x: 0, y: 0 };
  }

  move(id: string, x: number, y: number): void {
    const cursor = this.bySocket[id];
    if (cursor) Object.assign(cursor, { x, y });
  }

  forget(id: string): void {
    delete this.bySocket[id];
  }
}

export default new CursorTable();
