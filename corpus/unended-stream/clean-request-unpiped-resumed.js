// The same middleware resumes the request after unpiping it, so its body is read and dropped.
const { createParser } = require('./multipart');

function uploads(req, res, next) {
  const parser = createParser(req.headers);
  let finished = false;
  function fail(err) {
    if (finished) return;
    finished = true;
    req.unpipe(parser);
    req.resume();
    parser.removeAllListeners();
    next(err);
  }
  parser.on('error', fail);
  parser.on('finish', () => next());
  req.pipe(parser);
}

module.exports = { uploads };
