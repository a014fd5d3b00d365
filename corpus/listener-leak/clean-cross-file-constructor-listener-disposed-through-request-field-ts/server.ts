// The context lives on the request and is disposed through it when the response closes.
import { EventEmitter } from "node:events";
import express from "express";
import { TenantContext } from "./tenant-context";

const bus = new EventEmitter();
const app = express();

app.use((req, res, next) => {
  res.locals.tenant = new TenantContext(bus, { uploads: 10 });
  res.on("close", () => res.locals.tenant.dispose());
  next();
});

app.listen(8086);
