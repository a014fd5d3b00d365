const { dial } = require('./socket');

async function probe(port) {
  const socket = await dial(port);
  if (!socket.remoteAddress) {
    return false;
  }
  socket.release();
  return true;
}

module.exports = { probe };
