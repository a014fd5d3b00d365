// Each request for a user's contacts makes a tracker on the shared hub: one listener more on
// the hub with every request.
import express from 'express';
import { hub } from './hub';
import { PresenceTracker } from './presence';

const app = express();

app.get('/contacts/:user/online', (req, res) => {
  const tracker = new PresenceTracker(hub, req.params.user); // expect: listener-leak
  res.json({ online: tracker.count() });
});

app.listen(3000);
