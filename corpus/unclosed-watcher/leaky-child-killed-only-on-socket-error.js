// Each viewer starts a `tail -f` child that streams into its socket. The child is killed when the
// socket errors, but a viewer that simply closes the tab leaves it running for good.
'use strict';
const { spawn } = require('node:child_process');
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ port: 9400 });
wss.on('connection', (ws) => {
  const tail = spawn('tail', ['-f', '/var/log/app.log']); // expect: unclosed-watcher
  tail.stdout.on('data', (chunk) => ws.send(chunk.toString()));
  ws.on('error', () => tail.kill());
});
