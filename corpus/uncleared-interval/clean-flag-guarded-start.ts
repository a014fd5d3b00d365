// A handler that runs for every message starts the keep-alive timer only once: the flag it
// tests is set in the same branch, so later messages skip the start.
import { io } from 'socket.io-client';

const socket = io('/board');
let configured = false;

function refreshSession(): void {
  void fetch('/session/touch', { method: 'PUT' });
}

socket.on('message', (message: { kind: string; refreshMs?: number }) => {
  if (!configured && message.kind === 'SETTINGS') {
    configured = true;
    if (message.refreshMs) {
      setInterval(refreshSession, message.refreshMs);
    }
  }
});

class Poller {
  private started = false;

  onReady(): void {
    if (this.started) return;
    this.started = true;
    setInterval(() => this.tick(), 5000);
  }

  tick(): void {}
}

socket.on('ready', () => poller.onReady());
const poller = new Poller();
