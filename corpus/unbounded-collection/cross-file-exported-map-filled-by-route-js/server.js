// Every heartbeat stores a timestamp under the client's id, and no file deletes one: ids of
// clients that went away stay in the Map for the life of the process.
const express = require('express');
const { lastSeen } = require('./presence');

const app = express();
app.use(express.json());

app.post('/heartbeat', (req, res) => {
  lastSeen.set(req.body.clientId, Date.now()); // expect: unbounded-collection
  res.sendStatus(204);
});

app.get('/online', (req, res) => {
  const cutoff = Date.now() - 30000;
  res.json([...lastSeen].filter(([, at]) => at > cutoff).map(([id]) => id));
});

app.listen(3000);
