// A per-call buffer filled by a listener on the call's own stream: it dies with the stream,
// however often chunks arrive.
function readBody(stream) {
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  return new Promise((resolve) => stream.on('end', () => resolve(Buffer.concat(chunks))));
}

module.exports = readBody;
