// The last 100 paths, not the last 100 requests.
import type { Request, Response, NextFunction, RequestHandler } from 'express';

class RecentPaths {
  private readonly recent: string[] = [];

  middleware(): RequestHandler {
    return (req: Request, _res: Response, next: NextFunction) => {
      this.recent.push(req.path);
      while (this.recent.length > 100) this.recent.shift();
      next();
    };
  }
}

export const recentPaths = new RecentPaths();
