import fastq from 'fastq';
import type { FastifyInstance, FastifyReply } from 'fastify';

interface ExportJob {
  accountId: string;
  reply: FastifyReply;
}

async function exportAccount(job: ExportJob): Promise<void> {
  const rows = await loadRows(job.accountId);
  await job.reply.header('content-type', 'text/csv').send(rows.map((r) => r.join(',')).join('\n'));
}

declare function loadRows(accountId: string): Promise<string[][]>;

// One export at a time per process; fastq drops each job once its promise settles.
const exports = fastq.promise(exportAccount, 1);

export async function routes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { id: string } }>('/accounts/:id/export', async (request, reply) => {
    await exports.push({ accountId: request.params.id, reply });
    return reply;
  });
}
