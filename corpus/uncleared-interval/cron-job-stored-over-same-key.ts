import { CronJob } from 'cron';
import type { Request, Response } from 'express';

// Digest schedules per team. Every save makes a new job under the team's id; the job that
// was already scheduled keeps firing, and nothing can stop it any more.
const digests = new Map<string, CronJob>();

export function saveDigestSchedule(req: Request, res: Response): void {
  const teamId = req.params.teamId;
  const job = new CronJob(req.body.cron, () => console.log('digest for', teamId)); // expect: uncleared-interval
  digests.set(teamId, job);
  job.start();
  res.sendStatus(204);
}

export function removeDigestSchedule(req: Request, res: Response): void {
  digests.get(req.params.teamId)?.stop();
  digests.delete(req.params.teamId);
  res.sendStatus(204);
}
