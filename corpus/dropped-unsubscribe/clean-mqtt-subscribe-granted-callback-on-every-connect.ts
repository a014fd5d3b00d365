// MQTT.js hands subscribe()'s callback the broker's grant, once; the client keeps one
// subscription per topic however often a reconnect asks again.
import mqtt from 'mqtt';

export function checkTopic(url: string, topic: string, expected: string, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url);
    const timer = setTimeout(() => {
      client.end();
      reject(new Error('timed out'));
    }, timeoutMs);
    client.on('connect', () => {
      client.subscribe(topic, () => {
        console.log(`subscribed to ${topic}`);
      });
    });
    client.on('message', (from, payload) => {
      if (from !== topic) return;
      clearTimeout(timer);
      client.end();
      if (payload.toString() === expected) resolve(from);
      else reject(new Error(`unexpected ${payload.toString()}`));
    });
  });
}
