// Listeners on long-lived objects, registered once at start-up.
const http = require('http');

const server = http.createServer((req, res) => res.end('ok'));
server.on('error', (err) => console.error(err));
process.on('SIGINT', () => server.close());
['SIGTERM', 'SIGHUP'].forEach((signal) => process.on(signal, () => server.close()));

server.listen(3000);
