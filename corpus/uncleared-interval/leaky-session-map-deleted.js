// The session entry is deleted on logout, which looks like cleanup, but the interval stored
// on it keeps running: deleting the property does not clear the timer.
const sessions = {};

function login(user) {
  sessions[user.id] = { user };
  sessions[user.id].keepAlive = setInterval(() => user.ping(), 5000); // expect: uncleared-interval
}

function logout(user) {
  delete sessions[user.id];
}

module.exports = { login, logout };
