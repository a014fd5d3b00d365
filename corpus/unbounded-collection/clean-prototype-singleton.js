// The same audit trail, bounded: it keeps the last thousand records and drops the oldest.
const http = require('http');

function AuditTrail() {
  this.records = [];
}

AuditTrail.prototype.record = function record(entry) {
  this.records.push({ at: Date.now(), entry });
  if (this.records.length > 1000) this.records.shift();
};

const trail = new AuditTrail();

http.createServer((req, res) => {
  trail.record(req.headers);
  res.end('ok');
}).listen(8080);
