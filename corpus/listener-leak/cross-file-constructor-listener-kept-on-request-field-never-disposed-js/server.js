// The context is kept on the request but never disposed: each request leaves its listener, and
// the context it closes over, on the module's bus.
const { EventEmitter } = require("events");
const express = require("express");
const { TenantContext } = require("./tenant-context");

const bus = new EventEmitter();
const app = express();

app.use((req, res, next) => {
  req.tenant = new TenantContext(bus, { uploads: 10 }); // expect: listener-leak
  res.on("finish", () => console.log("limits", req.tenant.limits));
  next();
});

app.listen(8086);
