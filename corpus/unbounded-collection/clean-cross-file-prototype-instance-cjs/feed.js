// The same feed, whose subscribe hands back a way out that removes the subscriber again.
function Feed() {
  this.subscribers = [];
  this.recent = [];
}

Feed.prototype.onItem = function onItem(fn) {
  this.subscribers.push(fn);
  return () => {
    this.subscribers = this.subscribers.filter((other) => other !== fn);
  };
};

Feed.prototype.add = function add(item) {
  this.recent = [item, ...this.recent].slice(0, 50);
  for (const fn of this.subscribers) fn(item);
};

module.exports = new Feed();
