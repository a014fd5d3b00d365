// Every request for a build's log starts one more loop, and nothing ever ends it: the
// response it writes to stays alive after the client has gone.
import express from 'express';
import { tailBuildLog } from './tail';

export const router = express.Router();

router.get('/builds/:id/log', (req, res) => {
  res.setHeader('content-type', 'text/plain');
  tailBuildLog(req.params.id, (chunk) => res.write(chunk)); // expect: uncleared-timeout
});
