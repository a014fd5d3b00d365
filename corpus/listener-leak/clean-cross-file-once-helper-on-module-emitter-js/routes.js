// Per request, wait for the next 'ready' of the module's config source: the next reload takes
// every waiting listener off, so nothing piles up.
const { EventEmitter } = require("events");
const express = require("express");
const { whenReady } = require("./ready");

const config = new EventEmitter();
setInterval(() => config.emit("ready", { at: Date.now() }), 5000).unref();

const app = express();
app.get("/next-config", (req, res) => {
  whenReady(config, (snapshot) => res.json(snapshot));
});
app.listen(3000);
