// Each client's hook is taken out when the client goes away.
import express from "express";
import { onShutdown } from "./shutdown";

export const router = express.Router();

router.get("/events", (req, res) => {
  res.setHeader("content-type", "text/event-stream");
  const forget = onShutdown(() => res.end("event: bye\ndata: {}\n\n"));
  req.on("close", forget);
});
