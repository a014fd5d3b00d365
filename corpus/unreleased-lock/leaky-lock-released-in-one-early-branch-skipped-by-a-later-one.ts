// The seat hold releases the lock when the show is unknown and at the end; the sold-out check
// between them returns without releasing, and every later hold waits for good.
import { Mutex } from 'async-mutex';

const seating = new Mutex();

export async function holdSeat(showId: string, seat: string, shows: Map<string, Set<string>>): Promise<boolean> {
  const release = await seating.acquire(); // expect: unreleased-lock
  const taken = shows.get(showId);
  if (!taken) {
    release();
    return false;
  }
  if (taken.has(seat)) {
    return false;
  }
  taken.add(seat);
  release();
  return true;
}
