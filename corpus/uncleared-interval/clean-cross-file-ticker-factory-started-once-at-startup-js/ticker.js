// A ticker object: start() begins calling `onTick` every `ms`, stop() ends it.
export function createTicker(onTick, ms) {
  let handle = null;
  const ticker = {
    start() {
      if (handle !== null) return;
      handle = setInterval(onTick, ms);
    },
    stop() {
      clearInterval(handle);
      handle = null;
    },
  };
  return ticker;
}
