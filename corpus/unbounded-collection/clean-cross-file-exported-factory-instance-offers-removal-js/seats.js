// The venue's one seat map, made by a factory; it offers `release()` for a seat given back.
export function createSeatMap() {
  const held = new Map();
  return {
    hold(seat, userId) {
      held.set(seat, userId);
    },
    release(seat) {
      held.delete(seat);
    },
    holder(seat) {
      return held.get(seat);
    },
  };
}

export default createSeatMap();
