const express = require('express');
const { RequestTimeline } = require('./timeline');

const app = express();

app.use((req, res, next) => {
  res.locals.timeline = new RequestTimeline();
  next();
});

app.get('/', (req, res) => {
  res.locals.timeline.mark('render');
  res.set('server-timing', res.locals.timeline.header()).send('ok');
});

app.listen(3000);
