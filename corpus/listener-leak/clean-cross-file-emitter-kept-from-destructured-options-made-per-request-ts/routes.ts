// A replay request makes its own emitter, replays the stored scans into it, and drops both:
// the listener goes with the request's objects.
import { EventEmitter } from 'node:events';
import express from 'express';
import { ScanTracker } from './tracker';

export const router = express.Router();

router.get('/parcels/:id/replay', (req, res) => {
  const replay = new EventEmitter();
  new ScanTracker({ scans: replay }).follow(req.params.id, (scan) => res.write(`${scan.place}\n`));
  for (const place of ['depot', 'van', 'door']) replay.emit(`scan:${req.params.id}`, { place });
  res.end();
});
