// A CommonJS module that extends the object it is handed: its exported function adds the
// `edit` method and listens on the shared bus for edits made by other processes. The index
// module calls it once, as it loads, so there is one listener for the life of the process.
'use strict';

const bus = require('./bus');

module.exports = function (Posts) {
  bus.on('post:edit', (pid) => Posts.clearCached(pid));

  Posts.edit = async function (data) {
    Posts.clearCached(data.pid);
    return data;
  };
};
