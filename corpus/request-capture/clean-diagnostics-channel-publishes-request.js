// Instrumentation publishes each request on a diagnostics channel: the subscribers run inside
// publish(), and the channel keeps nothing of the message.
const dc = require('node:diagnostics_channel');
const express = require('express');

const requestStart = dc.channel('app:request:start');
const app = express();

app.use((req, res, next) => {
  if (requestStart.hasSubscribers) requestStart.publish({ req, res });
  next();
});

app.get('/', (req, res) => res.send('ok'));
app.listen(3000);
