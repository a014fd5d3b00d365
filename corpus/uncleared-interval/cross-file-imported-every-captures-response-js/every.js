// Runs a function every so many milliseconds; the handle is thrown away.
function every(ms, fn) {
  setInterval(fn, ms);
}

module.exports = { every };
