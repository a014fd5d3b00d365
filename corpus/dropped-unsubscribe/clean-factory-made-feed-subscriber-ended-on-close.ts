import express from 'express';

type Listener = (event: { type: string; id: string }) => void;

function createFeed() {
  const subscribers = new Set<Listener>();
  return {
    publish(event: { type: string; id: string }) {
      for (const fn of subscribers) fn(event);
    },
    subscribe(fn: Listener) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
  };
}

const orders = createFeed();
const app = express();

app.get('/orders/stream', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const stop = orders.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  res.on('close', stop);
});

app.listen(3000);
