// The feed is "refreshed" every ten minutes by opening a new socket over the one that is still
// open: nothing closes the old one, which keeps receiving and keeps its listeners.
class PriceFeed {
  constructor(url) {
    this.url = url;
    this.socket = null;
    this.onQuote = () => {};
  }

  connect() {
    this.socket = new WebSocket(this.url); // expect: unclosed-watcher
    this.socket.addEventListener('message', (event) => this.onQuote(JSON.parse(event.data)));
    setTimeout(() => this.connect(), 600000);
  }
}

export const feed = new PriceFeed(`wss://${location.host}/prices`);
feed.connect();
