const https = require('https');

const agent = new https.Agent({ keepAlive: true });

function probe(url, log) {
  const marks = { reused: false };
  const req = https.get(url, { agent }, (res) => res.resume());
  req.on('socket', (socket) => {
    marks.reused = !socket.connecting;
    socket.on('timeout', () => log(`${url} idle (reused: ${marks.reused})`)); // expect: listener-leak
  });
  return req;
}

module.exports = { probe };
