// The connection handler calls its socket `client`, but it is still the socket a server
// hands it: a reset or an error closes it without 'end', and the listener on the shared
// log stream stays, holding the dead socket.
const net = require('net');
const { spawn } = require('child_process');

const tail = spawn('tail', ['-F', '/var/log/app.log']);

function streamLogsTo(client) {
  const forward = (chunk) => client.write(chunk);
  tail.stdout.on('data', forward); // expect: listener-leak
  client.on('end', () => tail.stdout.off('data', forward));
  client.on('error', (error) => console.warn('log client failed', error.message));
}

net.createServer(streamLogsTo).listen(7000);
