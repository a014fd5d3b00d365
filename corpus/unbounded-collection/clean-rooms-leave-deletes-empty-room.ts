// `leaveRoom()` deletes a room once its last member leaves, so the table holds only rooms
// someone is in. A naive matcher sees an entry added per room name and a `delete` of a
// member, not of the room.
const rooms: Record<string, Set<string>> = {};

export function joinRoom(room: string, id: string): void {
  (rooms[room] ||= new Set()).add(id);
}

export function leaveRoom(room: string, id: string): void {
  const members = rooms[room];
  if (!members) return;
  members.delete(id);
  if (members.size === 0) delete rooms[room];
}
