// Waits for the reply that carries `id` on a connection. The listener goes on inside the
// promise's executor, which runs during the call, and stays after the reply: every call
// leaves one more on the connection.
function nextReply(connection, id) {
  return new Promise((resolve, reject) => {
    connection.on('message', (raw) => {
      const message = JSON.parse(String(raw));
      if (message.id !== id) return;
      if (message.error) reject(new Error(message.error));
      else resolve(message.result);
    });
  });
}

module.exports = { nextReply };
