// Quote fan-out: subscribers are kept until the function handed back is called.
const subscribers = [];

function subscribeQuotes(fn) {
  subscribers.push(fn);
  return function unsubscribe() {
    const at = subscribers.indexOf(fn);
    if (at !== -1) subscribers.splice(at, 1);
  };
}

function pushQuote(quote) {
  for (const fn of subscribers) fn(quote);
}

module.exports = { subscribeQuotes, pushQuote };
