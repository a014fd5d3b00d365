// Every request queues its call on the process's one channel, whose timer exists at most once.
import express from "express";
import { Channel } from "./channel";

const channel = new Channel();
const app = express();

app.get("/ping", (req, res) => {
  channel.queue(() => res.send("pong"));
});

app.listen(3000);
