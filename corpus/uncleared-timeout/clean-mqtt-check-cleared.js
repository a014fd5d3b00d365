// The same check keeps the watchdog's handle and clears it when the message comes first; a
// deferral with no delay and a start-up timeout at module level stay quiet too.
const mqtt = require('mqtt');

function mqttCheck(url, topic, interval) {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url);
    const timer = setTimeout(() => {
      client.end();
      reject(new Error('Timeout'));
    }, interval * 1000);
    client.on('message', (messageTopic, message) => {
      clearTimeout(timer);
      client.end();
      resolve(message.toString());
    });
    client.subscribe(topic);
    setTimeout(() => client.end(), 0);
  });
}

setTimeout(() => {
  process.exitCode = 1;
  process.abort();
}, 60_000);

module.exports = { mqttCheck };
