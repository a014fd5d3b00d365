// Each 'follow' on a connection follows one log. The closure called first only forgets the
// file name: the watcher followed before is stored over and never closed.
const { tailFile } = require('./tail');

function attachLogChannel(io) {
  io.of('/logs').on('connection', (socket) => {
    let follower = null;
    let following = '';
    const forget = () => {
      following = '';
    };

    socket.on('follow', ({ file }) => {
      forget();
      follower = tailFile(`/var/log/app/${file}`, (line) => socket.emit('line', line)); // expect: unclosed-watcher
      following = file;
    });

    socket.on('disconnect', () => {
      if (follower) follower.close();
      socket.emit('bye', following);
    });
  });
}

module.exports = { attachLogChannel };
