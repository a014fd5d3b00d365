'use strict';
// Every poll races the feed against the stop signal held in a field: one reaction per poll on a
// promise that stays pending for the poller's whole life.
const { Stoppable } = require('./stoppable');

class FeedPoller {
  lifetime = new Stoppable();

  constructor(feed, onItems) {
    this.feed = feed;
    this.onItems = onItems;
  }

  async start() {
    for (;;) {
      const items = await this.lifetime.race(this.feed.fetchSince(this.cursor)); // expect: long-lived-promise-race
      if (!items) return;
      this.cursor = items.cursor;
      this.onItems(items.entries);
    }
  }

  stop() {
    this.lifetime.stop();
  }
}

module.exports = { FeedPoller };
