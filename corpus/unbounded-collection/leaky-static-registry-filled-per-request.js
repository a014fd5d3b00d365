// The same registry, but a route makes an instance per request: each one stays in the static
// list the constructor pushes it into, for good.
'use strict';

const express = require('express');

class Upload {
  constructor(name, size) {
    this.name = name;
    this.size = size;
    Upload.seen.push(this);
  }

  static total() {
    return Upload.seen.reduce((sum, upload) => sum + upload.size, 0);
  }
}

Upload.seen = []; // expect: unbounded-collection

const app = express();
app.post('/uploads/:name', (req, res) => {
  new Upload(req.params.name, Number(req.headers['content-length']) || 0);
  res.json({ total: Upload.total() });
});

module.exports = app;
