import { CronJob } from 'cron';
import type { Request, Response } from 'express';

// Digest schedules per team. A save stops the team's current job before it stores the new one.
const digests = new Map<string, CronJob>();

export function saveDigestSchedule(req: Request, res: Response): void {
  const teamId = req.params.teamId;
  digests.get(teamId)?.stop();
  const job = new CronJob(req.body.cron, () => console.log('digest for', teamId));
  digests.set(teamId, job);
  job.start();
  res.sendStatus(204);
}

export function removeDigestSchedule(req: Request, res: Response): void {
  digests.get(req.params.teamId)?.stop();
  digests.delete(req.params.teamId);
  res.sendStatus(204);
}
