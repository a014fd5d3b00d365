// The twin of the table whose entry is the interval itself: leave() clears what the entry
// holds before it deletes the entry, so nothing keeps polling once a member leaves.
const polls: Record<string, ReturnType<typeof setInterval>> = {};

export function join(memberId: string, refresh: (id: string) => Promise<void>): void {
  polls[memberId] = setInterval(() => void refresh(memberId), 10_000);
}

export function leave(memberId: string): void {
  clearInterval(polls[memberId]);
  delete polls[memberId];
}

export function members(): string[] {
  return Object.keys(polls);
}
