// TypeScript twin: the entry also goes when the client closes the connection first.
import { Router, type Request, type Response } from 'express';

const waiting = new Map<string, Response>();

export const notificationsRouter = Router();

notificationsRouter.get('/notifications/poll', (req: Request, res: Response) => {
  const userId = String(req.headers['x-user-id']);
  waiting.set(userId, res);
  res.on('close', () => {
    if (waiting.get(userId) === res) waiting.delete(userId);
  });
});

export function deliver(userId: string, payload: unknown): boolean {
  const res = waiting.get(userId);
  if (!res) return false;
  waiting.delete(userId);
  res.json({ notifications: [payload] });
  return true;
}
