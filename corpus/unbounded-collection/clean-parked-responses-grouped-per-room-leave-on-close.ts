import { Router, Request, Response } from 'express';

interface Waiter {
  res: Response;
  since: number;
}

const waitingByRoom = new Map<string, Waiter[]>();

export const rooms = Router();

rooms.get('/rooms/:room/updates', (req: Request, res: Response) => {
  const room = String(req.params.room);
  if (!['lobby', 'ops', 'support'].includes(room)) {
    res.sendStatus(404);
    return;
  }
  const list = waitingByRoom.get(room) ?? [];
  const waiter: Waiter = { res, since: Date.now() };
  list.push(waiter);
  waitingByRoom.set(room, list);
  req.on('close', () => {
    const rest = (waitingByRoom.get(room) ?? []).filter((w) => w !== waiter);
    if (rest.length) waitingByRoom.set(room, rest);
    else waitingByRoom.delete(room);
  });
});

rooms.post('/rooms/:room/messages', (req: Request, res: Response) => {
  const room = String(req.params.room);
  const list = waitingByRoom.get(room) ?? [];
  waitingByRoom.delete(room);
  for (const waiter of list) waiter.res.json({ message: req.body, waited: Date.now() - waiter.since });
  res.sendStatus(201);
});
