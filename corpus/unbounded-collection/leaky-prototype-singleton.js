// A prototype-style audit trail with one instance for the module: every request appends a
// record holding its headers, and nothing ever trims the list.
const http = require('http');

function AuditTrail() {
  this.records = []; // expect: unbounded-collection
}

AuditTrail.prototype.record = function record(entry) {
  this.records.push({ at: Date.now(), entry });
};

const trail = new AuditTrail();

http.createServer((req, res) => {
  trail.record(req.headers);
  res.end('ok');
}).listen(8080);
