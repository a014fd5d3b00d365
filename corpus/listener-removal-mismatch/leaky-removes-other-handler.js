// An upload writer listens on the pooled connection while it streams a body, then cleans up.
// The cleanup removes `onSocketClose`, a handler that was never added; the one added for 'close'
// is `finish`, which stays on the connection after every upload.
function writeBody(connection, body, done) {
  const onData = (chunk) => connection.write(chunk);
  const onSocketClose = () => done(new Error('connection closed during upload'));
  const finish = (err) => {
    connection
      .removeListener('error', finish)
      .removeListener('close', onSocketClose); // expect: listener-removal-mismatch
    body.removeListener('data', onData).removeListener('end', finish);
    done(err);
  };
  body.on('data', onData).on('end', finish);
  connection
    .on('error', finish)
    .on('close', finish);
}

module.exports = { writeBody };
