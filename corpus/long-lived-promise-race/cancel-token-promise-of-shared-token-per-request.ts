import type { Request, Response } from 'express';

export interface CancellationToken {
  readonly promise: Promise<string>;
  readonly isCancelled: boolean;
}

function tokenSource(): { token: CancellationToken; cancel: (why: string) => void } {
  let cancel!: (why: string) => void;
  let cancelled = false;
  const promise = new Promise<string>((resolve) => {
    cancel = (why) => {
      cancelled = true;
      resolve(why);
    };
  });
  return { token: { promise, get isCancelled() { return cancelled; } }, cancel };
}

// One token for the whole process, cancelled at shutdown. Every export request hangs an abort
// on its promise through `renderExport`, and those reactions stay until the process stops.
const shutdown = tokenSource();
process.once('SIGTERM', () => shutdown.cancel('SIGTERM'));

async function renderExport(reportId: string, token: CancellationToken): Promise<Buffer> {
  const controller = new AbortController();
  token.promise.then((why) => controller.abort(why));
  const answer = await fetch(`http://renderer.internal/reports/${reportId}.pdf`, { signal: controller.signal });
  return Buffer.from(await answer.arrayBuffer());
}

export async function exportReport(req: Request, res: Response): Promise<void> {
  const pdf = await renderExport(req.params.id, shutdown.token); // expect: long-lived-promise-race
  res.type('application/pdf').send(pdf);
}
