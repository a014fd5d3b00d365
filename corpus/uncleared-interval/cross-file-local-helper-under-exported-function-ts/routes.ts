import express from 'express';
import { attachViewer } from './presence';

const router = express.Router();

router.get('/rooms/:room/events', (req, res) => {
  const viewer = attachViewer(res, req.params.room); // expect: uncleared-interval
  req.log?.info({ room: viewer.room }, 'viewer attached');
});

export default router;
