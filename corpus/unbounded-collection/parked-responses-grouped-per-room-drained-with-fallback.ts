import { Router, Request, Response } from 'express';

interface Waiter {
  res: Response;
  since: number;
}

const waitingByRoom = new Map<string, Waiter[]>(); // expect: unbounded-collection

export const rooms = Router();

rooms.get('/rooms/:room/updates', (req: Request, res: Response) => {
  const room = String(req.params.room);
  if (!['lobby', 'ops', 'support'].includes(room)) {
    res.sendStatus(404);
    return;
  }
  const list = waitingByRoom.get(room) ?? [];
  list.push({ res, since: Date.now() });
  waitingByRoom.set(room, list);
});

rooms.post('/rooms/:room/messages', (req: Request, res: Response) => {
  const room = String(req.params.room);
  const list = waitingByRoom.get(room) ?? [];
  waitingByRoom.delete(room);
  for (const waiter of list) waiter.res.json({ message: req.body, waited: Date.now() - waiter.since });
  res.sendStatus(201);
});
