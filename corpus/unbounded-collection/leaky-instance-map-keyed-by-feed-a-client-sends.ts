// The same poller, but a route also polls any feed a client names: those keys come from the
// request, not from the poller's own list, and each new one stays in the map.
import express from "express";

type Feed = { id: string; url: string };

class FeedPoller {
  private readonly versions = new Map<string, string>(); // expect: unbounded-collection

  constructor(private readonly feeds: Feed[]) {}

  async pollAll(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => this.pollOne(feed)));
  }

  async pollOne(feed: Feed): Promise<unknown[] | null> {
    const body = (await (await fetch(feed.url)).json()) as { version: string; items: unknown[] };
    if (body.version === this.versions.get(feed.id)) return null;
    this.versions.set(feed.id, body.version);
    return body.items;
  }
}

const poller = new FeedPoller([{ id: "status", url: "https://status.example.com/feed.json" }]);
const app = express();
app.get("/preview", async (req, res) => {
  const feed = { id: String(req.query.url), url: String(req.query.url) };
  res.json(await poller.pollOne(feed));
});
app.listen(3000);
