// The reconnect timer's callback is a block (it forgets the handle, then reopens); close()
// drops the client's own subscribers and closes the socket, whose 'close' listener arms one
// more reconnect: the feed closed on purpose opens again, for good.
import { EventEmitter } from 'node:events';
import WebSocket from 'ws';

export class PriceFeed extends EventEmitter {
  constructor(url) {
    super();
    this.url = url;
    this.retries = 0;
    this.timer = null;
    this.open();
  }

  open() {
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.on('message', (data) => this.emit('price', JSON.parse(data)));
    ws.on('close', () => this.later());
  }

  later() {
    const wait = Math.min(1000 * 2 ** this.retries++, 30000);
    this.timer = setTimeout(() => { // expect: uncleared-timeout
      this.timer = null;
      this.open();
    }, wait);
  }

  close() {
    this.removeAllListeners('price');
    this.ws.close(1000);
  }
}
