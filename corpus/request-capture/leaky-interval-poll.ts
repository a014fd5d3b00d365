// A polling interval per request that nothing clears keeps `res` forever.
import http from 'node:http';

http.createServer((req, res) => {
  setInterval(() => { // expect: uncleared-interval
    res.write('.');
  }, 1000);
}).listen(8082);
