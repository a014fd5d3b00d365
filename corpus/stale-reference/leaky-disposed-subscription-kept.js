// A change tracker installed on a long-lived observable: it subscribes while someone watches and
// disposes when the last watcher leaves, but keeps the disposed subscription in its variable,
// and with it the snapshot the subscription's callback captured.
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
      subscription.dispose(); // expect: stale-reference
    }
  };
}
