// A server-sent-events route: each client asks to be told about the shutdown, through a hook
// that closes over its response. Nothing takes the hook out when the client leaves.
const express = require("express");
const { onShutdown } = require("./shutdown");

const router = express.Router();

router.get("/events", (req, res) => {
  res.setHeader("content-type", "text/event-stream");
  res.write(": connected\n\n");
  onShutdown(() => res.end("event: bye\ndata: {}\n\n")); // expect: unbounded-collection
});

module.exports = router;
