// The module's one error context keeps the request it was last bound to, for error reports.
import type { Request } from 'express';

class ErrorContext {
  private current: Request | null = null;

  bind(req: Request): void {
    this.current = req;
  }

  describe(): string {
    return this.current ? `${this.current.method} ${this.current.originalUrl}` : 'no request';
  }
}

export default new ErrorContext();
