// Long-poll subscribers grouped by topic. A group leaves the table only when a message on its
// topic answers it; a client that goes away on a quiet topic leaves its response in the group.
import express, { Response } from "express";

const subscribers = new Map<string, Response[]>(); // expect: unbounded-collection

function subscribe(topic: string, res: Response): void {
  let group = subscribers.get(topic);
  if (!group) {
    group = [];
    subscribers.set(topic, group);
  }
  group.push(res);
}

function publish(topic: string, payload: unknown): number {
  const group = subscribers.get(topic);
  subscribers.delete(topic);
  for (const res of group ?? []) res.json({ topic, payload });
  return group?.length ?? 0;
}

const app = express();
app.use(express.json());
app.get("/topics/:topic/next", (req, res) => subscribe(req.params.topic, res));
app.post("/topics/:topic", (req, res) => res.json({ delivered: publish(req.params.topic, req.body) }));
app.listen(3000);
