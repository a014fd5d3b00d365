// Recent visitor ids, capped: the oldest goes when the Set is full.
const MAX_VISITORS = 10000;
const seen = new Set();

function noteVisitor(id) {
  seen.delete(id);
  seen.add(id);
  if (seen.size > MAX_VISITORS) seen.delete(seen.values().next().value);
}

function visitorCount() {
  return seen.size;
}

module.exports = { noteVisitor, visitorCount };
