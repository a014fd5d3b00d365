// A query stream destroys its source when it is closed by hand: in its 'pipe' handler, which
// runs once, when the source is piped in, it adds one 'close' listener. A naive matcher sees a
// listener added inside another listener's handler, once per event.
function streamRows(source, stream) {
  stream.on('pipe', (piped) => {
    const cleanSource = () => {
      if (!piped.closed) piped.destroy();
    };
    if (stream.closed) {
      cleanSource();
    } else {
      stream.on('close', cleanSource);
    }
  });
  source.pipe(stream);
  return stream;
}

module.exports = { streamRows };
