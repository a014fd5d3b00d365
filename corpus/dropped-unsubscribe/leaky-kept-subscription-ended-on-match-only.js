// The same wait with the subscription kept in a const: the reply path ends it, the timeout
// does not.
const express = require('express');
const { Subject } = require('rxjs');

const replies$ = new Subject();
const app = express();

function waitForReply(id, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    const subscription = replies$.subscribe((reply) => {
      if (reply.id !== id) return;
      clearTimeout(timer);
      subscription.unsubscribe();
      resolve(reply.body);
    });
  });
}

app.get('/ask/:id', async (req, res) => {
  try {
    res.send(await waitForReply(req.params.id, 1000)); // expect: dropped-unsubscribe
  } catch (error) {
    res.status(504).end();
  }
});

app.listen(3701);
module.exports = { replies$ };
