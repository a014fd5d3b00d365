// Uploads register the socket that waits for the scan verdict. The exported settler, which the
// scanner module calls, forgets the socket only for a passed scan: a rejected or failed scan
// ends the wait too, and its socket stays in the map.
const { WebSocketServer } = require('ws');

const waiting = new Map(); // expect: unbounded-collection
const server = new WebSocketServer({ port: 4410 });

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
    case 'passed':
      waiting.delete(result.uploadId);
      socket.send(JSON.stringify({ ok: true }));
      break;
    case 'rejected':
      socket.send(JSON.stringify({ ok: false, reason: 'rejected' }));
      break;
    case 'failed':
      socket.send(JSON.stringify({ ok: false, reason: 'failed' }));
      break;
  }
}

module.exports = { settleScan };
