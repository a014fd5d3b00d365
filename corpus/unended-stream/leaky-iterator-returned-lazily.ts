// A live-query source pulls from an async iterator and, on teardown, only raises a flag: the
// iterator is returned when the next event arrives and sees it. A subscription that goes quiet
// is never returned, and the pub/sub topic behind it stays subscribed.
type Sink<T> = { next(value: T): void; complete(): void };

export function fromLiveQuery<T>(results: AsyncIterable<T>, make: (start: (sink: Sink<T>) => () => void) => unknown) {
  return make((sink) => {
    let ended = false;
    const iterator = results[Symbol.asyncIterator](); // expect: unended-stream
    const pull = (): void => {
      iterator.next().then(({ done, value }) => {
        if (ended) {
          iterator.return?.();
          return;
        }
        if (done) return sink.complete();
        sink.next(value);
        pull();
      });
    };
    pull();
    return () => {
      ended = true;
    };
  });
}
