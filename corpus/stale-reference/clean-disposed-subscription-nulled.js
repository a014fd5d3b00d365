// The same tracker, forgetting the subscription once it is disposed; and a subscription taken
// once per call of a promise's executor, disposed when that call's work is done.
export function trackChanges(source) {
  let subscription;
  let watchers = 0;

  function start() {
    let previous = source.snapshot();
    subscription = source.subscribe((next) => {
      source.emitChanges(previous, next);
      previous = next;
    });
  }

  source.onWatcherAdded = function () {
    if (watchers++ === 0) start();
  };
  source.onWatcherRemoved = function () {
    if (--watchers === 0) {
      subscription.dispose();
      subscription = null;
    }
  };
}

export function firstValue(stream) {
  let subscription;
  return new Promise((resolve) => {
    subscription = stream.subscribe((value) => {
      subscription.unsubscribe();
      resolve(value);
    });
  });
}
