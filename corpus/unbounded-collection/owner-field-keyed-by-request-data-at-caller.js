// Last-seen time per visitor cookie; the tracker is made once per server and never forgets.
const http = require('http');

class LastSeen {
  constructor() {
    this.byVisitor = {}; // expect: unbounded-collection
  }

  touch(visitor) {
    this.byVisitor[visitor] = Date.now();
  }

  seen(visitor) {
    return this.byVisitor[visitor];
  }
}

module.exports = { LastSeen };

function serve(port) {
  const lastSeen = new LastSeen();
  http.createServer((req, res) => {
    const visitor = /vid=([^;]+)/.exec(req.headers.cookie || '')?.[1] || 'anonymous';
    lastSeen.touch(req.headers.cookie);
    res.end(String(lastSeen.seen(visitor) || 0));
  }).listen(port);
}

module.exports.serve = serve;
