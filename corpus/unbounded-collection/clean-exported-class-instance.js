// An exported class with one instance made here, whose growing method this file only calls
// while starting up; the request path merely reads it. Other modules' instances are theirs to
// judge: nothing here shows how often they grow.
const express = require('express');

class RouteTable {
  constructor() {
    this.routes = new Map();
  }

  add(path, handler) {
    this.routes.set(path, handler);
  }

  find(path) {
    return this.routes.get(path);
  }
}

const table = new RouteTable();
table.add('/health', (req, res) => res.end('ok'));
table.add('/version', (req, res) => res.end('1.0'));

const app = express();
app.use((req, res, next) => {
  const handler = table.find(req.path);
  return handler ? handler(req, res) : next();
});

module.exports = { RouteTable, app };
