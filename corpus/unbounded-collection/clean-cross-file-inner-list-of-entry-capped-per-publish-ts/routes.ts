// Each POST publishes one event on a channel of the shared registry.
import { Router } from "express";
import { registry } from "./channels";

export const events = Router();

events.post("/channels/:name/events", (req, res) => {
  res.status(201).json(registry.publish(req.params.name, req.body));
});
