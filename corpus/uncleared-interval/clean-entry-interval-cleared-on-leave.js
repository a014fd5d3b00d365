// Each watched document keeps a heartbeat in its entry; `unwatch()` clears it before it
// forgets the entry.
class Watchers {
  constructor(send) {
    this.send = send;
    this.docs = new Map();
  }

  watch(docId) {
    if (this.docs.has(docId)) return;
    const ping = () => this.send({ op: 'ping', docId });
    this.docs.set(docId, { since: Date.now(), heartbeat: setInterval(ping, 15000) });
  }

  unwatch(docId) {
    const entry = this.docs.get(docId);
    if (!entry) return;
    clearInterval(entry.heartbeat);
    this.docs.delete(docId);
    this.send({ op: 'unwatch', docId });
  }
}

export const watchers = new Watchers((msg) => navigator.sendBeacon('/api/presence', JSON.stringify(msg)));
