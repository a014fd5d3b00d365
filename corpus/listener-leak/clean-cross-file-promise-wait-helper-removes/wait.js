// The same wait, but the handler takes itself off once its reply has come.
function nextReply(connection, id) {
  return new Promise((resolve, reject) => {
    const onMessage = (raw) => {
      const message = JSON.parse(String(raw));
      if (message.id !== id) return;
      connection.off('message', onMessage);
      if (message.error) reject(new Error(message.error));
      else resolve(message.result);
    };
    connection.on('message', onMessage);
  });
}

module.exports = { nextReply };
