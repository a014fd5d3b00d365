// A poller whose `watch` is an arrow-function field, called for every socket subscription: each
// call stores a new interval over the running one, so `stop()` can clear only the last.
import type { Server, Socket } from "socket.io";

export class PricePoller {
  #timer?: NodeJS.Timeout;

  constructor(private readonly fetchPrices: (symbols: string[]) => Promise<void>) {}

  watch = (symbol: string): void => {
    console.debug("watching", symbol);
    this.#timer = setInterval(() => void this.fetchPrices(["EURUSD", "GBPUSD"]), 2_000); // expect: uncleared-interval
  };

  stop = (): void => {
    clearInterval(this.#timer);
    this.#timer = undefined;
  };
}

export function attach(io: Server, fetchPrices: (symbols: string[]) => Promise<void>): PricePoller {
  const poller = new PricePoller(fetchPrices);
  io.on("connection", (socket: Socket) => {
    socket.on("watch", (symbol: string) => poller.watch(symbol));
  });
  return poller;
}
