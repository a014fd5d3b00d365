'use strict';

// Gives up on `work` when the connection goes away first.
async function untilClosed(conn, work) {
  let onClose;
  const gone = new Promise((_, reject) => {
    onClose = () => reject(new Error('connection closed'));
  });
  conn.on('close', onClose);
  const result = await Promise.race([work(), gone]);
  conn.removeListener('close', onClose);
  return result;
}

module.exports = { untilClosed };
