// The same poller starts its interval only when none runs (`??=`): one for the instance.
class PricePoller {
  #timer;

  constructor(fetchPrices) {
    this.fetchPrices = fetchPrices;
  }

  watch = (symbol) => {
    console.debug("watching", symbol);
    this.#timer ??= setInterval(() => void this.fetchPrices(["EURUSD", "GBPUSD"]), 2000);
  };

  stop = () => {
    clearInterval(this.#timer);
    this.#timer = undefined;
  };
}

function attach(io, fetchPrices) {
  const poller = new PricePoller(fetchPrices);
  io.on("connection", (socket) => {
    socket.on("watch", (symbol) => poller.watch(symbol));
  });
  return poller;
}

module.exports = { PricePoller, attach };
