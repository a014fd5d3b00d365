// The same parked callbacks, each taken out of its group when its client goes away.
import express from "express";

type Deliver = (notifications: unknown[]) => void;

export const router = express.Router();
const parked = new Map<string, Deliver[]>();

router.get("/notifications/poll", (req, res) => {
  const userId = String(req.query.user);
  let list = parked.get(userId);
  if (!list) {
    list = [];
    parked.set(userId, list);
  }
  const deliver: Deliver = (notifications) => res.json({ notifications });
  list.push(deliver);
  req.on("close", () => {
    const current = parked.get(userId);
    if (!current) return;
    current.splice(current.indexOf(deliver), 1);
    if (current.length === 0) parked.delete(userId);
  });
});

router.post("/notifications/:userId", express.json(), (req, res) => {
  const list = parked.get(req.params.userId);
  parked.delete(req.params.userId);
  for (const deliver of list ?? []) deliver([req.body]);
  res.sendStatus(204);
});
