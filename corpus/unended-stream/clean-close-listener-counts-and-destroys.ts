import { createReadStream } from 'node:fs';
import type { Request, Response } from 'express';

export class ExportServer {
  private open = 0;

  download(req: Request, res: Response): void {
    this.open += 1;
    const csv = createReadStream(`/var/exports/${req.params.name}.csv`);
    res.on('close', () => {
      this.open -= 1;
      csv.destroy();
    });
    res.type('text/csv');
    csv.pipe(res);
  }
}
