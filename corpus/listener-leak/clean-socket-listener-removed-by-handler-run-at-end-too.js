// Streams a file and reports its end once; the same callback is registered for the request's
// close and the stream's end, and it takes its socket listener off whichever way it runs.
const fs = require('fs');
const http = require('http');

http.createServer((req, res) => {
  const stream = fs.createReadStream('/srv/big.bin');
  let done = false;
  function finished(err) {
    if (!done && err) console.error(err.message);
    done = true;
    req.socket.removeListener('error', finished);
  }
  res.on('close', () => stream.destroy());
  req.on('close', finished);
  req.socket.on('error', finished);
  stream.on('end', finished);
  stream.pipe(res);
}).listen(8083);
