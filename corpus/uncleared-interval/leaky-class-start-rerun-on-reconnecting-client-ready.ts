// A presence tracker restarts its heartbeat whenever the subscriber is ready, which an
// MQTT client is again after every reconnect: the older heartbeats keep running.
import mqtt, { type MqttClient } from 'mqtt';

export class Presence {
  private beat?: ReturnType<typeof setInterval>;

  constructor(private readonly client: MqttClient, private readonly id: string) {
    client.on('connect', () => this.announce());
  }

  private announce(): void {
    this.beat = setInterval(() => this.client.publish(`presence/${this.id}`, 'online'), 15_000); // expect: uncleared-interval
  }

  close(): void {
    clearInterval(this.beat);
    this.client.end();
  }
}

export const presence = new Presence(mqtt.connect(process.env.MQTT_URL ?? 'mqtt://localhost'), 'gateway-1');
