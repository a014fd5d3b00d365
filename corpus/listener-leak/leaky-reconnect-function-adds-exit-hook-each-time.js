// The consumer reconnects by calling itself again from the connection's 'close'; every
// connection adds a SIGTERM hook holding it, and none is ever taken off.
const amqp = require('amqplib');

let stopping = false;

async function consume(url, onMessage) {
  const conn = await amqp.connect(url);
  const shutdown = () => {
    stopping = true;
    conn.close().catch(() => {});
  };
  process.once('SIGTERM', shutdown); // expect: listener-leak
  conn.on('close', () => {
    if (!stopping) setTimeout(() => consume(url, onMessage), 2000);
  });
  const channel = await conn.createChannel();
  await channel.consume('jobs', (msg) => msg && onMessage(msg));
}

module.exports = { consume };
