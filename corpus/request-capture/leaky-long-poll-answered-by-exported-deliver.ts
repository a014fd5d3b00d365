// The same in TypeScript, the parked response keyed by the signed-in user and answered only by
// an exported `deliver()` that another module calls.
import { Router, type Request, type Response } from 'express';

const waiting = new Map<string, Response>();

export const notificationsRouter = Router();

notificationsRouter.get('/notifications/poll', (req: Request, res: Response) => {
  const userId = String(req.headers['x-user-id']);
  res.set('cache-control', 'no-store');
  waiting.set(userId, res); // expect: request-capture
});

export function deliver(userId: string, payload: unknown): boolean {
  const res = waiting.get(userId);
  if (!res) return false;
  waiting.delete(userId);
  res.json({ notifications: [payload] });
  return true;
}
