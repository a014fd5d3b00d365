// Export progress over a kept-open response, in TypeScript: the poll stops itself when the
// export is ready, and a client that leaves first leaves it polling.
import { Router } from 'express';
import { exportState } from './exports';

export const exportsRouter = Router();

exportsRouter.get('/exports/:id/progress', (req, res) => {
  res.setHeader('content-type', 'application/x-ndjson');
  const poll = setInterval(async () => { // expect: uncleared-interval
    const state = await exportState(req.params.id);
    if (state.done) {
      clearInterval(poll);
      res.end(`${JSON.stringify(state)}\n`);
      return;
    }
    res.write(`${JSON.stringify({ percent: state.percent })}\n`);
  }, 1000);
});
