// Each message unhooks its shutdown requeue once it is handled, whatever the outcome; the
// start-up hook runs once.
const amqp = require('amqplib');
const { onStop, label } = require('./lib');

async function main() {
  const connection = await amqp.connect(process.env.AMQP_URL);
  onStop(() => connection.close());
  const channel = await connection.createChannel();
  await channel.assertQueue('thumbnails');
  channel.consume('thumbnails', async (message) => {
    const unhook = onStop(() => channel.nack(message, false, true));
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      console.log(label('thumbs'), 'done');
      channel.ack(message);
    } finally {
      unhook();
    }
  });
}

main();
