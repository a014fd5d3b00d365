// A monitor check subscribes, waits for one message and rejects after a timeout. The timeout's
// handle is dropped: when the message arrives first, the timer still holds the client and the
// promise's functions for the whole interval, once per check.
const mqtt = require('mqtt');

function mqttCheck(url, topic, interval) {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url);
    client.on('message', (messageTopic, message) => {
      client.end();
      resolve(message.toString());
    });
    client.subscribe(topic);
    setTimeout(() => { // expect: uncleared-timeout
      client.end();
      reject(new Error('Timeout'));
    }, interval * 1000);
  });
}

module.exports = { mqttCheck };
