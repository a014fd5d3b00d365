// Every export job waits for its archive through the helper: one more open watcher per job.
import { Worker, type Job } from "bullmq";
import { waitForFile } from "./wait-for-file";

async function exportJob(job: Job<{ dir: string }>): Promise<string> {
  const archive = await waitForFile(job.data.dir, "export.zip"); // expect: unclosed-watcher
  await job.updateProgress(100);
  return archive;
}

export const worker = new Worker("exports", exportJob, { connection: { host: "127.0.0.1", port: 6379 } });
