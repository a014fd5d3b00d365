// Who is online, by socket id.
const online = new Map();

function join(id, info) {
  online.set(id, info);
}

function leave(id) {
  online.delete(id);
}

module.exports = { join, leave, count: () => online.size };
