// Remembers which idempotency keys the API has handled, for the life of the process.
import { Injectable } from '@nestjs/common';

const handled = new Map<string, number>();

@Injectable()
export class SeenService {
  remember(key: string): boolean {
    if (handled.has(key)) return false;
    handled.set(key, Date.now());
    return true;
  }
}
