// Every verdict that ends the wait forgets the socket; only progress reports keep it.
const { WebSocketServer } = require('ws');

const waiting = new Map();
const server = new WebSocketServer({ port: 4413 });

server.on('connection', (socket) => {
  socket.on('message', (raw) => {
    const { uploadId } = JSON.parse(String(raw));
    waiting.set(uploadId, socket);
  });
});

function settleScan(result) {
  const socket = waiting.get(result.uploadId);
  if (!socket) return;
  switch (result.verdict) {
    case 'progress':
      socket.send(JSON.stringify({ progress: result.percent }));
      break;
    case 'passed':
      waiting.delete(result.uploadId);
      socket.send(JSON.stringify({ ok: true }));
      break;
    case 'rejected':
    case 'failed':
      waiting.delete(result.uploadId);
      socket.send(JSON.stringify({ ok: false, reason: result.verdict }));
      break;
  }
}

module.exports = { settleScan };
