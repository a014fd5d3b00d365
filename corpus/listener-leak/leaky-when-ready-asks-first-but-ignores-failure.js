// The index answers at once when it is loaded, but while a load has failed it waits for a
// 'ready' that only a later successful reload sends, ignoring the 'load-failed' it emits: each
// request until then leaves a listener and a pending promise on the module's index.
const { EventEmitter } = require("events");
const express = require("express");

class Index extends EventEmitter {
  async load(read) {
    try {
      this.entries = await read();
      this.emit("ready");
    } catch (err) {
      this.emit("load-failed", err);
    }
  }

  whenReady() {
    if (this.entries) return Promise.resolve(this);
    return new Promise((resolve) => {
      this.once("ready", () => resolve(this));
    });
  }
}

const index = new Index();

const app = express();
app.get("/search", async (req, res) => {
  await index.whenReady(); // expect: listener-leak
  res.json(index.entries.filter((e) => e.includes(req.query.q)));
});

module.exports = { app, index, Index };
