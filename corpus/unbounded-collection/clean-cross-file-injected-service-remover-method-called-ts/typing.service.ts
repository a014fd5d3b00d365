// Who is typing in which room: `start()` adds the client (over its last entry), `stop()` takes it
// out again, and the module's end empties the table.
import { Injectable, OnModuleDestroy } from '@nestjs/common';

@Injectable()
export class TypingService implements OnModuleDestroy {
  private readonly typing = new Map<string, { room: string; since: number }>();

  start(clientId: string, room: string): void {
    this.stop(clientId);
    this.typing.set(clientId, { room, since: Date.now() });
  }

  stop(clientId: string): void {
    this.typing.delete(clientId);
  }

  onModuleDestroy(): void {
    this.typing.clear();
  }

  inRoom(room: string): string[] {
    return [...this.typing].filter(([, entry]) => entry.room === room).map(([id]) => id);
  }
}
