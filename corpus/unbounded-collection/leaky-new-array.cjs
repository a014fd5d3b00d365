// `new Array()` is an array like any other.
var http = require('http');

var pending = new Array(); // expect: unbounded-collection

http.createServer(function (req, res) {
  pending.push(function later() { // expect: request-capture
    res.end('done');
  });
}).listen(8085);
