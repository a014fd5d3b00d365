// The MQTT client reconnects after every outage and fires 'connect' again: each time, the
// handler adds one more 'message' listener, so after ten outages every message is handled
// eleven times and every handler stays.
const mqtt = require('mqtt');

const client = mqtt.connect(process.env.BROKER_URL);
let lastReading = null;

function remember(topic, payload) {
  lastReading = `${topic}: ${payload.toString()}`;
}

client.on('connect', () => {
  client.subscribe('sensors/+/temperature');
  client.on('message', remember); // expect: listener-leak
});

client.on('offline', () => console.warn('broker unreachable, retrying'));

module.exports = { reading: () => lastReading };
