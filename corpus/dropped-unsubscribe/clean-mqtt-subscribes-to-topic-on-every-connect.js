// An MQTT client subscribes to its topic on every (re)connect: `subscribe(topic)` names the
// topic, and the client keeps one subscription per topic, however often it is asked.
'use strict';
const mqtt = require('mqtt');

function watchTopic(url, topic, onMessage) {
  const client = mqtt.connect(url);
  client.on('connect', () => {
    client.subscribe(topic);
  });
  client.on('message', (from, payload) => {
    if (from === topic) onMessage(payload.toString());
  });
  return () => client.end();
}

module.exports = { watchTopic };
