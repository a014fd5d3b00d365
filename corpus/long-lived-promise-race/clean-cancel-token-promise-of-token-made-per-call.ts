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

// Each request makes its own token, cancelled when its client leaves: one reaction per token,
// gone with the request.
async function renderExport(reportId: string, token: CancellationToken): Promise<Buffer> {
  const controller = new AbortController();
  token.promise.then((why) => controller.abort(why));
  const answer = await fetch(`http://renderer.internal/reports/${reportId}.pdf`, { signal: controller.signal });
  return Buffer.from(await answer.arrayBuffer());
}

export async function exportReport(req: Request, res: Response): Promise<void> {
  const source = tokenSource();
  req.on('close', () => source.cancel('client left'));
  const pdf = await renderExport(req.params.id, source.token);
  res.type('application/pdf').send(pdf);
}
