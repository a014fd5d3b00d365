// One poller per subscribed feed, started in a loop, with handles kept only in a local.
type Feed = { url: string; refresh(): void };

export function subscribeAll(feeds: Feed[]): number {
  let started = 0;
  for (const feed of feeds) {
    const handle = setInterval(() => feed.refresh(), 60_000); // expect: uncleared-interval
    if (handle) started++;
  }
  return started;
}
