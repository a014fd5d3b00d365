// A TypeScript worker pool step: each job renders with a headless tool under a deadline that
// gives up on the job but leaves the tool running.
import { execFile } from "node:child_process";

export function renderPdf(html: string, out: string, ms = 30000): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = execFile("wkhtmltopdf", ["-", out], (err) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(out);
    });
    proc.stdin?.end(html);
    const timer = setTimeout(() => reject(new Error("render timed out")), ms);
  });
}

export async function handleJobs(queue: AsyncIterable<{ html: string; out: string }>): Promise<void> {
  for await (const job of queue) {
    await renderPdf(job.html, job.out).catch((err) => console.error(err)); // expect: unclosed-watcher
  }
}
