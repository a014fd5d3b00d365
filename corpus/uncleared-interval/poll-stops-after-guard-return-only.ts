import { Router, type Request, type Response } from 'express';

interface Build {
  id: string;
  status: 'queued' | 'running' | 'passed' | 'failed';
}

// Waits for a CI build to finish. The interval stops only past the early return, once the
// build is over; a client that hangs up first, or a build that never ends, leaves it polling.
export function buildRoutes(fetchBuild: (id: string) => Promise<Build>): Router {
  const router = Router();
  router.get('/builds/:id/wait', (req: Request, res: Response) => {
    const timer = setInterval(async () => { // expect: uncleared-interval
      const build = await fetchBuild(req.params.id);
      if (build.status === 'queued' || build.status === 'running') return;
      clearInterval(timer);
      res.json(build);
    }, 2000);
  });
  return router;
}
