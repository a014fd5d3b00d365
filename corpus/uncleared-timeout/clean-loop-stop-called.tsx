// The same stop-only loops, ended: the effect hands the stop to React as its cleanup, a socket's
// loop is stopped when it closes, and the process-wide loop starts once, at start-up.
import { useEffect, useState } from 'react';
import { WebSocketServer, type WebSocket } from 'ws';

function followQuote(ticker: string, onPrice: (price: number) => void, everyMs = 5000) {
  let cancelled = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const refresh = async () => {
    const response = await fetch(`/quotes/${ticker}`);
    onPrice(Number(await response.text()));
    if (!cancelled) pending = setTimeout(refresh, everyMs);
  };
  void refresh();
  return () => {
    cancelled = true;
    clearTimeout(pending);
  };
}

export function Quote({ ticker }: { ticker: string }) {
  const [price, setPrice] = useState(0);
  useEffect(() => {
    const cancel = followQuote(ticker, setPrice);
    return cancel;
  }, [ticker]);
  return <b>{price}</b>;
}

function watchLiveness(socket: WebSocket, intervalMs: number) {
  let running = true;
  function check() {
    if (!running) return;
    socket.ping();
    setTimeout(check, intervalMs);
  }
  setTimeout(check, intervalMs);
  return () => {
    running = false;
  };
}

const server = new WebSocketServer({ port: 8080 });
server.on('connection', (socket) => {
  const stopWatching = watchLiveness(socket, 30_000);
  socket.on('close', stopWatching);
});

function reportLoad(everyMs: number) {
  let stopped = false;
  const report = () => {
    console.log(process.memoryUsage().rss);
    if (!stopped) setTimeout(report, everyMs);
  };
  report();
  return () => {
    stopped = true;
  };
}

reportLoad(60_000);

// A loop that ends by itself when the job it follows is done needs no stop at all.
function followJob(id: string, onDone: () => void) {
  let stopped = false;
  const poll = async () => {
    const state = await (await fetch(`/jobs/${id}`)).text();
    if (state === 'done') return onDone();
    if (!stopped) setTimeout(poll, 1000);
  };
  void poll();
  return () => {
    stopped = true;
  };
}

server.on('connection', (socket) => {
  followJob(String(socket.protocol), () => socket.close());
});
