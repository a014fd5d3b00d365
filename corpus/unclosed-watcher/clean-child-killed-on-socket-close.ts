// The same viewer's child is killed when the socket closes, which comes after an error too; a
// child that exits by itself needs nothing.
import { spawn } from 'node:child_process';
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ port: 9401 });
wss.on('connection', (ws) => {
  const tail = spawn('tail', ['-f', '/var/log/app.log']);
  tail.stdout.on('data', (chunk: Buffer) => ws.send(chunk.toString()));
  tail.on('exit', () => ws.close());
  ws.on('close', () => tail.kill());
});
