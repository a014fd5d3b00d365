// The consumer reconnects by calling itself again from the connection's 'close', and takes the
// closed connection's SIGTERM hook off before it does.
const amqp = require('amqplib');

let stopping = false;

async function consume(url, onMessage) {
  const conn = await amqp.connect(url);
  const shutdown = () => {
    stopping = true;
    conn.close().catch(() => {});
  };
  process.once('SIGTERM', shutdown);
  conn.on('close', () => {
    process.removeListener('SIGTERM', shutdown);
    if (!stopping) setTimeout(() => consume(url, onMessage), 2000);
  });
  const channel = await conn.createChannel();
  await channel.consume('jobs', (msg) => msg && onMessage(msg));
}

module.exports = { consume };
