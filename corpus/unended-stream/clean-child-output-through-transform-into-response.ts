import { spawn } from 'node:child_process';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';

export async function exportTable(req: Request, res: Response): Promise<void> {
  const dump = spawn('pg_dump', ['--table', String(req.query.table), '--data-only']);
  res.setHeader('content-type', 'application/gzip');
  try {
    await pipeline(dump.stdout, createGzip({ level: 6 }), res);
  } finally {
    dump.kill();
  }
}
