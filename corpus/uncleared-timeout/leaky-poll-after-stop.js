// A feed poller re-arms itself after every fetch and drops the handle, so stop() cannot cancel
// the pending timer: a stopped poller fires once more, fetches again, and stays reachable (with
// every subscriber it holds) until then.
class FeedPoller {
  constructor(fetchFeed, everyMs) {
    this.fetchFeed = fetchFeed;
    this.everyMs = everyMs;
    this.subscribers = new Set();
  }

  start() {
    this.tick();
  }

  stop() {
    this.subscribers.clear();
  }

  tick() {
    this.fetchFeed().then((items) => {
      for (const notify of this.subscribers) notify(items);
    }).finally(() => {
      setTimeout(() => this.tick(), this.everyMs); // expect: uncleared-timeout
    });
  }
}

module.exports = FeedPoller;
