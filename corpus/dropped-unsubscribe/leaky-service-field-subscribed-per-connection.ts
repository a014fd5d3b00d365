// A long-lived notification service: `follow` subscribes to the service's own Subject and
// drops the Subscription; every WebSocket connection calls it, so closed sockets stay
// subscribed. `watch` hands the Subscription back, and its caller keeps and ends it.
import { Subject, Subscription } from 'rxjs';
import { WebSocketServer } from 'ws';

class NotificationService {
  private readonly events$ = new Subject<{ user: string; text: string }>();

  follow(user: string, deliver: (text: string) => void): void {
    this.events$.subscribe((event) => {
      if (event.user === user) deliver(event.text);
    });
  }

  watch(deliver: (text: string) => void): Subscription {
    return this.events$.subscribe((event) => deliver(event.text));
  }

  publish(user: string, text: string): void {
    this.events$.next({ user, text });
  }
}

const notifications = new NotificationService();
const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (socket, request) => {
  notifications.follow(String(request.headers['x-user']), (text) => socket.send(text)); // expect: dropped-unsubscribe
  const all = notifications.watch((text) => socket.send(`all: ${text}`));
  socket.on('close', () => all.unsubscribe());
});
