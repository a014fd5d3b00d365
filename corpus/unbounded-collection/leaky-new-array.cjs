// `new Array()` is an array like any other.
var http = require('http');

var pending = new Array(); // expect: unbounded-collection

http.createServer(function (req, res) {
  pending.push(function later() { // the captured request is part of the container's finding (one cause)
    res.end('done');
  });
}).listen(8085);
