// A price feed: each subscriber is wrapped to skip repeated prices, and the unsubscribe
// deletes the subscriber it was given, which was never the one added.
const subscribers = new Set(); // expect: unbounded-collection

function distinct(fn) {
  let last;
  return (price) => {
    if (price !== last) fn((last = price));
  };
}

function onPrice(fn) {
  const wrapped = distinct(fn);
  subscribers.add(wrapped);
  return () => subscribers.delete(fn);
}

function publish(price) {
  for (const fn of subscribers) fn(price);
}

function attach(ws) {
  const off = onPrice((p) => ws.send(String(p)));
  ws.on('close', off);
}

module.exports = { onPrice, publish, attach };
