// The latest request per client address, swept by age each minute with `delete`: until then each entry keeps its request.
const express = require('express');
const app = express();
const lastSeen = {};
app.use((req, res, next) => {
  lastSeen[req.ip] = { at: Date.now(), req }; // expect: request-capture
  next();
});
setInterval(() => {
  for (const k of Object.keys(lastSeen)) if (lastSeen[k].at < Date.now() - 60000) delete lastSeen[k];
}, 60000).unref();
app.listen(3000);
