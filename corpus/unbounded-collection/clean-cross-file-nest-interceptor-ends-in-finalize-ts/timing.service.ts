import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

// Requests in progress, for the slow-request report.
@Injectable()
export class TimingService {
  private readonly running = new Map<string, { path: string; since: number }>();

  begin(path: string): string {
    const id = randomUUID();
    this.running.set(id, { path, since: Date.now() });
    return id;
  }

  end(id: string): void {
    this.running.delete(id);
  }
}
