// A TLS-terminating forwarder: pipeline() ties the two connections, destroying both when
// either fails or closes early.
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const { pipeline } = require('stream');

const options = { key: fs.readFileSync('server.key'), cert: fs.readFileSync('server.crt') };

tls.createServer(options, (client) => {
  const backend = net.createConnection({ host: '10.0.0.5', port: 8080 });
  pipeline(client, backend, client, (err) => {
    if (err) console.debug('forwarding ended', err.message);
  });
}).listen(8443);
