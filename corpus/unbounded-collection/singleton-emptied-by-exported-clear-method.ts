// A recent-errors buffer shared by the app: the admin page empties it through `clear()`,
// which any importer may call whenever it likes (not the buffer's end).
import { randomUUID } from 'crypto';
import type { Request, Response } from 'express';

class RecentErrors {
  private readonly byId = new Map<string, { message: string; at: number }>();

  record(message: string): string {
    const id = randomUUID();
    this.byId.set(id, { message, at: Date.now() });
    return id;
  }

  list(): Array<{ message: string; at: number }> {
    return [...this.byId.values()];
  }

  clear(): void {
    this.byId.clear();
  }
}

export const recentErrors = new RecentErrors();

export function errorHandler(err: Error, _req: Request, res: Response): void {
  res.status(500).json({ ref: recentErrors.record(err.message) });
}
