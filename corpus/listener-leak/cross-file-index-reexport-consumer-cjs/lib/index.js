// The library's front door: passes the signal helper on under a shorter name.
const { whenStopping } = require('./signals');

function label(name) {
  return `[${name}]`;
}

module.exports = { onStop: whenStopping, label };
