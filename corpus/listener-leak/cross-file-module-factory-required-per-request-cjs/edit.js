// The same extending module, but its caller runs it for every request: each run adds
// another listener to the process-wide bus, holding the request's object.
'use strict';

const bus = require('./bus');

module.exports = function (Posts) {
  bus.on('post:edit', (pid) => Posts.clearCached(pid)); // expect: listener-leak
};
