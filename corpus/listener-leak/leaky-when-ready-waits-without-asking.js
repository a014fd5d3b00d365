// A queue client that emits 'ready' each time its channel comes up. `whenReady()` always waits
// for the next 'ready': once the channel is up, every publish adds a listener and a promise that
// wait for a reconnect, with the request's payload behind them.
const { EventEmitter } = require("events");
const express = require("express");

class QueueClient extends EventEmitter {
  async connect(open) {
    this.channel = await open();
    this.emit("ready", this.channel);
  }

  whenReady() {
    return new Promise((resolve) => this.once("ready", resolve));
  }
}

const client = new QueueClient();
const app = express();
app.post("/events", express.json(), async (req, res) => {
  const channel = await client.whenReady(); // expect: listener-leak
  channel.publish("events", req.body);
  res.status(202).end();
});

module.exports = { app, client };
