// A keep-alive Agent's 'free' listener arms an idle timeout on the socket it hands back, every
// time the socket is freed. The Agent frees the same socket after each request it serves, so
// every request leaves one more 'timeout' listener on the pooled socket.
const http = require('http');

const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });

agent.on('free', (socket) => {
  socket.on('timeout', () => socket.destroy()); // expect: listener-leak
  socket.setTimeout(30000);
});

module.exports = { agent };
