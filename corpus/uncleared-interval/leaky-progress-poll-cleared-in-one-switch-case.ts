// Server-sent progress for a job: the poll stops itself in the 'completed' case only; a job
// that fails, or a client that leaves, keeps the interval polling with the response.
import { Router, Request, Response } from 'express';

interface Job { status: 'queued' | 'running' | 'completed' | 'failed'; progress: number }

export function progressRoute(jobs: { get(id: string): Promise<Job> }): Router {
  const router = Router();
  router.get('/jobs/:id/events', (req: Request, res: Response) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    const timer = setInterval(async () => { // expect: uncleared-interval
      const job = await jobs.get(req.params.id);
      res.write(`data: ${JSON.stringify({ progress: job.progress })}\n\n`);
      switch (job.status) {
        case 'completed':
          clearInterval(timer);
          res.end();
          break;
        case 'failed':
          res.end();
          break;
        default:
          break;
      }
    }, 1000);
  });
  return router;
}
