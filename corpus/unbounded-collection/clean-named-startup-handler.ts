// A named function handed to a one-shot event ('listening') runs once: what it adds to the
// list is bounded by the start-up itself.
import http from 'node:http';

const startupLog: string[] = [];

function announce(): void {
  startupLog.push(`listening at ${new Date().toISOString()}`);
}

const server = http.createServer((req, res) => res.end('ok'));
server.on('listening', announce);
server.listen(8095);
