// process listeners registered by an entry point that runs once.
import { createServer } from 'node:http';

function main(): void {
  process.on('unhandledRejection', (reason) => {
    console.error('unhandled rejection', reason);
    process.exitCode = 1;
  });
  process.on('SIGTERM', () => server.close());
  const server = createServer((req, res) => res.end('ok'));
  server.listen(8080);
}

main();
