// Each watched document keeps a heartbeat in its entry; `unwatch()` forgets the entry, and with
// it the only handle of an interval that nothing ever clears.
class Watchers {
  constructor(send) {
    this.send = send;
    this.docs = new Map();
  }

  watch(docId) {
    if (this.docs.has(docId)) return;
    const ping = () => this.send({ op: 'ping', docId });
    this.docs.set(docId, { since: Date.now(), heartbeat: setInterval(ping, 15000) }); // expect: uncleared-interval
  }

  unwatch(docId) {
    this.docs.delete(docId);
    this.send({ op: 'unwatch', docId });
  }
}

export const watchers = new Watchers((msg) => navigator.sendBeacon('/api/presence', JSON.stringify(msg)));
