// Room membership for a chat gateway: room name -> the sockets in it.
const members = new Map();

function enter(room, socket) {
  let inRoom = members.get(room);
  if (inRoom === undefined) {
    inRoom = new Set();
    members.set(room, inRoom);
  }
  inRoom.add(socket);
}

function exit(room, socket) {
  const inRoom = members.get(room);
  if (!inRoom) return;
  inRoom.delete(socket);
  if (inRoom.size === 0) members.delete(room);
}

// Drops the socket from every room it joined; `exit` does the bookkeeping.
function exitEverywhere(socket) {
  for (const room of [...members.keys()]) exit(room, socket);
}

function everyoneIn(room) {
  return [...(members.get(room) || [])];
}

module.exports = { enter, exit, exitEverywhere, everyoneIn };
