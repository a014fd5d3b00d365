// Each request holds the seat the client names: one entry per event and seat ever asked for.
import { Router } from 'express';
import { hold } from './seats';

export const seats = Router();

seats.post('/events/:eventId/seats/:seat/hold', (req, res) => {
  hold(req.params.eventId, req.params.seat); // expect: unbounded-collection
  res.sendStatus(202);
});
