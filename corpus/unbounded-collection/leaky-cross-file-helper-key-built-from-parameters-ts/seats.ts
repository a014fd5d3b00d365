// Seats on hold, by event and seat; nothing ever releases a hold.
const holds = new Map<string, number>();

export function hold(eventId: string, seat: string): void {
  const key = `${eventId}:${seat}`;
  holds.set(key, Date.now());
}
