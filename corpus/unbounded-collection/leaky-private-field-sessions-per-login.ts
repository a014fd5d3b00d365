import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

export class SessionDesk {
  readonly #sessions = new Map<string, { user: string; since: number }>(); // expect: unbounded-collection

  login(req: Request, res: Response): void {
    const token = randomUUID();
    this.#sessions.set(token, { user: String(req.body.user), since: Date.now() });
    res.cookie('sid', token).sendStatus(204);
  }

  whoAmI(req: Request, res: Response): void {
    const session = this.#sessions.get(String(req.cookies.sid));
    res.json(session ?? null);
  }
}
