const { WebSocketServer } = require('ws');
const { followJournal } = require('./follow');

const wss = new WebSocketServer({ port: 8088 });

wss.on('connection', (socket, req) => {
  const unit = new URL(req.url, 'http://local').searchParams.get('unit') || 'app';
  followJournal(socket, unit); // expect: unclosed-watcher
});
