// A price watcher per quote request: its constructor listens on the process-wide ticker, and
// only `stop()` takes the listener off. The route reads one price and never stops the watcher,
// so every quote leaves a listener (and the watcher behind it) on the ticker.
import { EventEmitter } from "node:events";
import express from "express";

const ticker = new EventEmitter();

class PriceWatcher {
  private last = 0;
  private readonly onTick: (symbol: string, price: number) => void;

  constructor(private readonly symbol: string) {
    this.onTick = (symbol, price) => {
      if (symbol === this.symbol) this.last = price;
    };
    ticker.on("tick", this.onTick);
  }

  get price(): number {
    return this.last;
  }

  stop(): void {
    ticker.off("tick", this.onTick);
  }
}

const app = express();

app.get("/quote/:symbol", (req, res) => {
  const watcher = new PriceWatcher(req.params.symbol); // expect: listener-leak
  res.json({ symbol: req.params.symbol, price: watcher.price });
});

export function publish(symbol: string, price: number): void {
  ticker.emit("tick", symbol, price);
}

app.listen(3000);
