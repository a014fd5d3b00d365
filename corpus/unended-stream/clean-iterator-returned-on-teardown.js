// The same source returns the iterator in its teardown, so a quiet subscription ends at once.
export function fromLiveQuery(results, make) {
  return make((sink) => {
    let ended = false;
    const iterator = results[Symbol.asyncIterator]();
    const pull = () => {
      iterator.next().then(({ done, value }) => {
        if (ended) return;
        if (done) return sink.complete();
        sink.next(value);
        pull();
      });
    };
    pull();
    return () => {
      ended = true;
      if (iterator.return) iterator.return();
    };
  });
}
