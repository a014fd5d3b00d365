// Every message hooks a requeue into process shutdown and drops the way to unhook it: the
// process keeps one listener, and the message it closes over, per message ever consumed.
const amqp = require('amqplib');
const { onStop, label } = require('./lib');

async function main() {
  const connection = await amqp.connect(process.env.AMQP_URL);
  const channel = await connection.createChannel();
  await channel.assertQueue('thumbnails');
  channel.consume('thumbnails', async (message) => {
    onStop(() => channel.nack(message, false, true)); // expect: listener-leak
    await new Promise((resolve) => setTimeout(resolve, 100));
    console.log(label('thumbs'), 'done');
    channel.ack(message);
  });
}

main();
