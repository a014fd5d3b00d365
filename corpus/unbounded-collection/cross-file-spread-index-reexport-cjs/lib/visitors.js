// Every visitor id ever seen, kept in a module-level Set that nothing prunes.
const seen = new Set();

function noteVisitor(id) {
  seen.add(id);
}

function visitorCount() {
  return seen.size;
}

module.exports = { noteVisitor, visitorCount };
