// Server-sent progress for a job: the poll stops on every end of the job and when the client
// leaves.
import { Router, Request, Response } from 'express';

interface Job { status: 'queued' | 'running' | 'completed' | 'failed'; progress: number }

export function progressRoute(jobs: { get(id: string): Promise<Job> }): Router {
  const router = Router();
  router.get('/jobs/:id/events', (req: Request, res: Response) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    const timer = setInterval(async () => {
      const job = await jobs.get(req.params.id);
      res.write(`data: ${JSON.stringify({ progress: job.progress })}\n\n`);
      switch (job.status) {
        case 'completed':
        case 'failed':
          clearInterval(timer);
          res.end();
          break;
        default:
          break;
      }
    }, 1000);
    res.on('close', () => clearInterval(timer));
  });
  return router;
}
