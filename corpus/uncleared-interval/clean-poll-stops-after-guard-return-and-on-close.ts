import { Router, type Request, type Response } from 'express';

interface Build {
  id: string;
  status: 'queued' | 'running' | 'passed' | 'failed';
}

// Waits for a CI build to finish. The interval stops once the build is over, or as soon as the
// client hangs up.
export function buildRoutes(fetchBuild: (id: string) => Promise<Build>): Router {
  const router = Router();
  router.get('/builds/:id/wait', (req: Request, res: Response) => {
    const timer = setInterval(async () => {
      const build = await fetchBuild(req.params.id);
      if (build.status === 'queued' || build.status === 'running') return;
      clearInterval(timer);
      res.json(build);
    }, 2000);
    res.on('close', () => clearInterval(timer));
  });
  return router;
}
