// A module that keeps its own registry of requests in flight and exports helpers over it.
// `track` adds and nothing ever removes; how often that happens is up to the callers.
const active = new Set();
const seenAgents = new Map();

module.exports = {
  track(req) {
    active.add(req);
  },
  noteAgent(agent) {
    seenAgents.set(agent, Date.now());
  },
  size() {
    return active.size;
  },
};
