// A health probe gives each request ten seconds. The response callback clears the deadline,
// but a refused connection fails the request at once through 'error', and the deadline then
// stays pending, holding the request, for the full ten seconds of every failed probe.
const http = require('http');

function probe(url, done) {
  const req = http.get(url, (res) => {
    clearTimeout(deadline);
    res.resume();
    done(null, res.statusCode);
  });
  const deadline = setTimeout(() => req.destroy(new Error('probe timed out')), 10_000); // expect: uncleared-timeout
  req.on('error', (err) => done(err));
}

module.exports = { probe };
