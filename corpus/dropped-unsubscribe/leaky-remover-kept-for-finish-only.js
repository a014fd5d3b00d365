// The event stream keeps the remover its subscription hands back, but runs it only on the
// response's 'finish': a client that disconnects from the stream never causes one.
const express = require('express');

const watchers = new Map();

function watchOrder(id, fn) {
  let set = watchers.get(id);
  if (!set) watchers.set(id, (set = new Set()));
  set.add(fn);
  return () => {
    set.delete(fn);
    if (set.size === 0) watchers.delete(id);
  };
}

const app = express();
app.get('/orders/:id/events', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const stop = watchOrder(req.params.id, (update) => res.write(`data: ${JSON.stringify(update)}\n\n`)); // expect: dropped-unsubscribe
  res.on('finish', stop);
});
app.listen(4100);

module.exports = { watchers };
