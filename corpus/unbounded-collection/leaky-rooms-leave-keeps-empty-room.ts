// Room membership kept per room name. `leaveRoom()` takes the member out of the room's set
// but never deletes the room itself, so every room name ever used keeps its (empty) set.
const rooms: Record<string, Set<string>> = {}; // expect: unbounded-collection

export function joinRoom(room: string, id: string): void {
  (rooms[room] ||= new Set()).add(id);
}

export function leaveRoom(room: string, id: string): void {
  rooms[room]?.delete(id);
}
