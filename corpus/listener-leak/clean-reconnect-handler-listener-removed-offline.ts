// The same client, but the listener added on each connect is taken off when the connection
// goes: one listener at a time, however often it reconnects.
import mqtt from 'mqtt';

const client = mqtt.connect(process.env.BROKER_URL ?? 'mqtt://localhost');
export let lastReading: string | null = null;

function remember(topic: string, payload: Buffer): void {
  lastReading = `${topic}: ${payload.toString()}`;
}

client.on('connect', () => {
  client.subscribe('sensors/+/temperature');
  client.on('message', remember);
});

client.on('offline', () => {
  client.off('message', remember);
  console.warn('broker unreachable, retrying');
});
