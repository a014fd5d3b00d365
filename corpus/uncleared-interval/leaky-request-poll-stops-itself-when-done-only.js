// Build status over a long-lived response: the poll stops itself once the build is done,
// and nothing stops it when the client goes away.
const express = require('express');
const builds = require('./builds');

const app = express();

app.get('/builds/:id/status', (req, res) => {
  res.setHeader('content-type', 'application/x-ndjson');
  const poll = setInterval(async () => { // expect: uncleared-interval
    const build = await builds.find(req.params.id);
    if (build.state === 'succeeded') {
      clearInterval(poll);
      res.end(JSON.stringify(build) + '\n');
      return;
    }
    res.write(JSON.stringify({ state: build.state }) + '\n');
  }, 2000);
});

module.exports = { app };
