// The caller keeps the stop and calls it when the client goes away.
import express from 'express';
import { tailBuildLog } from './tail';

export const router = express.Router();

router.get('/builds/:id/log', (req, res) => {
  res.setHeader('content-type', 'text/plain');
  const stop = tailBuildLog(req.params.id, (chunk) => res.write(chunk));
  req.on('close', stop);
});
