// The last 100 requests, kept whole in a capped list of the module's one recorder.
import type { Request, Response, NextFunction, RequestHandler } from 'express';

class RecentRequests {
  private readonly recent: Request[] = [];

  middleware(): RequestHandler {
    return (req: Request, _res: Response, next: NextFunction) => {
      this.recent.push(req); // expect: request-capture
      while (this.recent.length > 100) this.recent.shift();
      next();
    };
  }

  paths(): string[] {
    return this.recent.map((req) => req.path);
  }
}

export const recentRequests = new RecentRequests();
