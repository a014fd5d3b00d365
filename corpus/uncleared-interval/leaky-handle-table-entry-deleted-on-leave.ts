// A room keeps one polling interval per member, stored as the member's entry; leave() drops
// the entry without clearing it, so each member who leaves keeps polling for good.
const polls: Record<string, ReturnType<typeof setInterval>> = {};

export function join(memberId: string, refresh: (id: string) => Promise<void>): void {
  polls[memberId] = setInterval(() => void refresh(memberId), 10_000); // expect: uncleared-interval
}

export function leave(memberId: string): void {
  delete polls[memberId];
}

export function members(): string[] {
  return Object.keys(polls);
}
