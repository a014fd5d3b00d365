// Per request, the connect deadline is cleared only by the named 'connect' handler.
const net = require('net');
const http = require('http');

function dial(host, port, ms) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const deadline = setTimeout(() => socket.destroy(new Error('connect timed out')), ms);
    const onError = (err) => {
      socket.removeListener('connect', onConnect);
      reject(err);
    };
    const onConnect = () => {
      clearTimeout(deadline);
      socket.removeListener('error', onError);
      resolve(socket);
    };
    socket.once('connect', onConnect);
    socket.once('error', onError);
  });
}

http.createServer(async (req, res) => {
  const upstream = await dial('10.0.0.5', 6379, 5000); // expect: uncleared-timeout
  upstream.end();
  res.end('ok');
}).listen(8097);
