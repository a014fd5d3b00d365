// Every way out of the seat hold releases the lock first.
const { Mutex } = require('async-mutex');

const seating = new Mutex();

async function holdSeat(showId, seat, shows) {
  const release = await seating.acquire();
  const taken = shows.get(showId);
  if (!taken) {
    release();
    return false;
  }
  if (taken.has(seat)) {
    release();
    return false;
  }
  taken.add(seat);
  release();
  return true;
}

module.exports = { holdSeat };
