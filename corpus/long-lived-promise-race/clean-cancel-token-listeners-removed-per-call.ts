// The token keeps its listeners in a set, and each call takes its own out when it is done.
import express from "express";

class CancelToken {
  private readonly listeners = new Set<(reason: string) => void>();

  onCancel(listener: (reason: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  cancel(reason: string): void {
    for (const listener of this.listeners) listener(reason);
    this.listeners.clear();
  }
}

const shutdown = new CancelToken();

async function callUpstream(url: string, token: CancelToken): Promise<unknown> {
  const controller = new AbortController();
  const stop = token.onCancel((reason) => controller.abort(reason));
  try {
    const response = await fetch(url, { signal: controller.signal });
    return await response.json();
  } finally {
    stop();
  }
}

const app = express();
app.get("/quotes/:symbol", async (req, res) => {
  res.json(await callUpstream(`https://quotes.internal/${encodeURIComponent(req.params.symbol)}`, shutdown));
});

process.once("SIGTERM", () => shutdown.cancel("shutting down"));
app.listen(3000);
