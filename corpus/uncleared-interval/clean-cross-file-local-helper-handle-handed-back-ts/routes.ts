import express from 'express';
import { attachViewer } from './presence';

const router = express.Router();

router.get('/rooms/:room/events', (req, res) => {
  const warm = attachViewer(res, req.params.room);
  req.on('close', () => clearInterval(warm));
});

export default router;
