const mqtt = require('mqtt');

function follow(url, topic, onMessage) {
  const client = mqtt.connect(url);
  const options = { qos: 1, properties: { subscriptionIdentifier: 7 } };
  client.on('connect', () => {
    client.subscribe(topic, options);
  });
  client.on('message', (t, payload) => onMessage(t, payload));
  return () => client.end();
}

module.exports = { follow };
