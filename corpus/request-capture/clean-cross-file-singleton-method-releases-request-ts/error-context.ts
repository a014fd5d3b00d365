// The error context lets go of the request when it is done with it.
import type { Request } from 'express';

class ErrorContext {
  private current: Request | null = null;

  bind(req: Request): void {
    this.current = req;
  }

  release(): void {
    this.current = null;
  }
}

export default new ErrorContext();
