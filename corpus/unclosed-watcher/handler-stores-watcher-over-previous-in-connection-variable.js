'use strict';

const chokidar = require('chokidar');

function attachPreview(io) {
  io.on('connection', (socket) => {
    let follower = null;

    socket.on('follow', (folder) => {
      follower = chokidar.watch(folder, { ignoreInitial: true }); // expect: unclosed-watcher
      follower.on('change', (file) => socket.emit('changed', file));
    });

    socket.on('disconnect', () => {
      if (follower) follower.close();
    });
  });
}

module.exports = { attachPreview };
