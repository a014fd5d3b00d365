// MQTT.js's subscribe() takes a topic and a node-style completion callback, called once when
// the broker grants the subscription; subscribing to the same topic again on every reconnect
// replaces the broker's subscription and keeps nothing of ours.
'use strict';
const mqtt = require('mqtt');

const client = mqtt.connect(process.env.MQTT_URL || 'mqtt://localhost:1883', { reconnectPeriod: 2000 });

client.on('connect', () => {
  client.subscribe('sensors/+/reading', { qos: 1 }, (err, granted) => {
    if (err) console.error('subscribe failed', err.message);
    else console.log('subscribed', granted.map((g) => g.topic).join(', '));
  });
});

module.exports = { client };
