// Collects the server's NOTICE messages while a statement runs.
function collectNotices(client, into) {
  const onNotice = (msg) => into.push(msg.message);
  client.on('notice', onNotice);
  return () => client.removeListener('notice', onNotice);
}

module.exports = { collectNotices };
