// The limit guards the connection made once at start-up: one timer, for the life of the process.
import { createServer } from 'node:http';
import { within } from './within';
import { connect } from './database';

async function main(): Promise<void> {
  const db = await within(connect(process.env.DATABASE_URL ?? ''), 10_000);
  createServer(async (_req, res) => {
    res.end(JSON.stringify(await db.health()));
  }).listen(8091);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
