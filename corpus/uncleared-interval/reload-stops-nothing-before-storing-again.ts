import { readFile } from 'node:fs/promises';
import { CronJob } from 'cron';

interface Entry { name: string; cron: string }

export class Schedules {
  private readonly jobs = new Map<string, CronJob>(); // expect: unbounded-collection

  constructor(private readonly file: string, private readonly run: (name: string) => Promise<void>) {}

  async reload(): Promise<void> {
    const entries = JSON.parse(await readFile(this.file, 'utf8')) as Entry[];
    for (const entry of entries) {
      this.jobs.set(entry.name, new CronJob(entry.cron, () => this.run(entry.name), null, true)); // expect: uncleared-interval
    }
  }
}

export const schedules = new Schedules('/etc/jobs.json', async (name) => console.log(`running ${name}`));
process.on('SIGHUP', () => void schedules.reload());
