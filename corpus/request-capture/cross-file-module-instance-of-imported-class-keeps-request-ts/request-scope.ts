// A scope object that holds the request it serves.
import type { Request } from 'express';

export class RequestScope {
  private request: Request | null = null;

  bind(request: Request): void {
    this.request = request;
  }

  user(): string | undefined {
    return this.request?.header('x-user') ?? undefined;
  }
}
