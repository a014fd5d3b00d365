// The same groups, where a client that goes away takes its response out of its group, and
// the group goes with its last member.
const express = require('express');

const subscribers = new Map();

function subscribe(topic, res) {
  let group = subscribers.get(topic);
  if (!group) {
    group = [];
    subscribers.set(topic, group);
  }
  group.push(res);
  res.on('close', () => {
    const current = subscribers.get(topic);
    if (!current) return;
    current.splice(current.indexOf(res), 1);
    if (current.length === 0) subscribers.delete(topic);
  });
}

function publish(topic, payload) {
  const group = subscribers.get(topic);
  subscribers.delete(topic);
  for (const res of group || []) res.json({ topic, payload });
  return group ? group.length : 0;
}

const app = express();
app.use(express.json());
app.get('/topics/:topic/next', (req, res) => subscribe(req.params.topic, res));
app.post('/topics/:topic', (req, res) => res.json({ delivered: publish(req.params.topic, req.body) }));
app.listen(3000);
