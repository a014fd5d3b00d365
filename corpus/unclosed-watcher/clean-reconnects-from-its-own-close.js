// One feed socket for the page, opened again a few seconds after the last one closed: each
// new socket replaces one that is already over.
class PriceFeed {
  constructor(url) {
    this.url = url;
    this.socket = null;
    this.onQuote = () => {};
  }

  connect() {
    this.socket = new WebSocket(this.url);
    this.socket.addEventListener('message', (event) => this.onQuote(JSON.parse(event.data)));
    this.socket.addEventListener('close', () => setTimeout(() => this.connect(), 3000));
  }
}

export const feed = new PriceFeed(`wss://${location.host}/prices`);
feed.connect();
