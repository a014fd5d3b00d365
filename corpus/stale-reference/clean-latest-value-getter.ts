// The latest status is kept on purpose: a getter hands it out whole, so holding it is the point.
declare const feed: { on(event: 'status', fn: (status: { code: number; detail: object }) => void): void };

let latest: { code: number; detail: object } | undefined;
feed.on('status', (status) => {
  latest = status;
});

export function currentStatus() {
  return latest;
}

export function isHealthy(): boolean {
  return latest !== undefined && latest.code < 400;
}
