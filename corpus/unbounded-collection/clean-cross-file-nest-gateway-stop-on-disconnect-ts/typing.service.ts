import { Injectable } from '@nestjs/common';

// Who is typing, per socket, with a timer that re-announces it.
@Injectable()
export class TypingService {
  private readonly typing = new Map<string, NodeJS.Timeout>();

  start(socketId: string, announce: () => void): void {
    this.typing.set(socketId, setInterval(announce, 2_000));
  }

  stop(socketId: string): void {
    clearInterval(this.typing.get(socketId));
    this.typing.delete(socketId);
  }
}
