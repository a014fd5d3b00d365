// Live-score subscribers per match. The class is exported for tests; the app shares `subscribers`.
class SubscriberIndex {
  constructor() {
    this.byClient = new Map();
  }

  subscribe(clientId, matchId, res) {
    this.byClient.set(clientId, { matchId, res });
  }

  unsubscribe(clientId) {
    this.byClient.delete(clientId);
  }

  forMatch(matchId) {
    return [...this.byClient.values()].filter((s) => s.matchId === matchId);
  }
}

module.exports = { subscribers: new SubscriberIndex(), SubscriberIndex };
