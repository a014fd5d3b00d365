// Storing things on the request or the response keeps them exactly as long as the request.
const express = require('express');

const app = express();

app.use((req, res, next) => {
  req.startedAt = Date.now();
  res.locals.log = () => console.log(req.path, Date.now() - req.startedAt);
  next();
});
