'use strict';

const chokidar = require('chokidar');

function attachPreview(io) {
  io.on('connection', (socket) => {
    let follower = null;

    socket.on('follow', (folder) => {
      const earlier = follower;
      follower = chokidar.watch(folder, { ignoreInitial: true });
      follower.on('change', (file) => socket.emit('changed', file));
      if (earlier) earlier.close();
    });

    socket.on('disconnect', () => {
      if (follower) follower.close();
    });
  });
}

module.exports = { attachPreview };
