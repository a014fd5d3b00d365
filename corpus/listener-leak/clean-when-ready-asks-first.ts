// The same client answers at once when its channel is up, and waits only while it is not.
import { EventEmitter } from "node:events";
import express from "express";

interface Channel {
  publish(topic: string, body: unknown): void;
}

class QueueClient extends EventEmitter {
  private channel: Channel | null = null;

  async connect(open: () => Promise<Channel>): Promise<void> {
    this.channel = await open();
    this.emit("ready", this.channel);
  }

  whenReady(): Promise<Channel> {
    if (this.channel) return Promise.resolve(this.channel);
    return new Promise((resolve) => this.once("ready", resolve));
  }
}

export const client = new QueueClient();
export const app = express();
app.post("/events", express.json(), async (req, res) => {
  const channel = await client.whenReady();
  channel.publish("events", req.body);
  res.status(202).end();
});
