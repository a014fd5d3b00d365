import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

export class SessionDesk {
  readonly #sessions = new Map<string, { user: string; since: number }>();

  login(req: Request, res: Response): void {
    const token = randomUUID();
    this.#sessions.set(token, { user: String(req.body.user), since: Date.now() });
    res.cookie('sid', token).sendStatus(204);
  }

  logout(req: Request, res: Response): void {
    this.#sessions.delete(String(req.cookies.sid));
    res.clearCookie('sid').sendStatus(204);
  }

  expire(maxAgeMs: number): void {
    const cutoff = Date.now() - maxAgeMs;
    for (const [token, session] of this.#sessions) if (session.since < cutoff) this.#sessions.delete(token);
  }

  whoAmI(req: Request, res: Response): void {
    const session = this.#sessions.get(String(req.cookies.sid));
    res.json(session ?? null);
  }
}
