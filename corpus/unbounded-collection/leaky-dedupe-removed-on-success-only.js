// A fetcher that shares one request per URL while it is in flight: the entry goes when the
// response arrives, but a failed request keeps its URL (and rejected promise) for good.
module.exports = function createFetcher(fetchImpl = globalThis.fetch) {
  const inFlight = new Map(); // expect: unbounded-collection

  function get(url) {
    if (inFlight.has(url)) return inFlight.get(url);
    inFlight.set(
      url,
      fetchImpl(url)
        .then((response) => response.text())
        .then((text) => {
          inFlight.delete(url);
          return text;
        }),
    );
    return inFlight.get(url);
  }

  return { get };
};
