// Each 'follow' on a connection follows one log; the one followed before is closed by a
// closure beside the variable, called before the new watcher is stored over it.
const { tailFile } = require('./tail');

function attachLogChannel(io) {
  io.of('/logs').on('connection', (socket) => {
    let follower = null;
    const unfollow = () => {
      if (follower) follower.close();
      follower = null;
    };

    socket.on('follow', ({ file }) => {
      unfollow();
      follower = tailFile(`/var/log/app/${file}`, (line) => socket.emit('line', line));
    });

    socket.on('disconnect', unfollow);
  });
}

module.exports = { attachLogChannel };
