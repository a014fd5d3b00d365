// The same handler, releasing on 'close', which a socket emits however it ends. A naive
// matcher that ties the release to 'end' would still flag the add.
const net = require('net');
const { spawn } = require('child_process');

const tail = spawn('tail', ['-F', '/var/log/app.log']);

function streamLogsTo(client) {
  const forward = (chunk) => client.write(chunk);
  tail.stdout.on('data', forward);
  client.on('close', () => tail.stdout.off('data', forward));
  client.on('error', (error) => console.warn('log client failed', error.message));
}

net.createServer(streamLogsTo).listen(7000);
