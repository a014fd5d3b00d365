// Intervals that clear themselves after a number of ticks, once through the binding and once
// through `this`, which Node sets to the Timeout inside a non-arrow callback.
export function blink(element, times) {
  let count = 0;
  const timer = setInterval(() => {
    element.classList.toggle('on');
    if (++count >= times) clearInterval(timer);
  }, 200);
}

export function countdown(seconds, onTick) {
  let left = seconds;
  setInterval(function () {
    onTick(left);
    if (--left < 0) clearInterval(this);
  }, 1000);
}

export function waitFor(check) {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (check()) {
        clearInterval(poll);
        resolve();
      }
    }, 50);
  });
}
