// A news feed written in the prototype style, exported as its one instance: subscribers are
// kept in an array and called for every new item.
function Feed() {
  this.subscribers = [];
  this.recent = [];
}

Feed.prototype.onItem = function onItem(fn) {
  this.subscribers.push(fn);
};

Feed.prototype.add = function add(item) {
  this.recent = [item, ...this.recent].slice(0, 50);
  for (const fn of this.subscribers) fn(item);
};

module.exports = new Feed();
