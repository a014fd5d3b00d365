// A middleware that wants to end long responses at shutdown waits on the server behind the
// connection; the server ends only once, so every request leaves its listener and response.
const express = require('express');

const app = express();
app.use((req, res, next) => {
  const server = req.connection.server;
  server.once('close', () => res.destroy()); // expect: listener-leak
  next();
});
app.listen(3000);
