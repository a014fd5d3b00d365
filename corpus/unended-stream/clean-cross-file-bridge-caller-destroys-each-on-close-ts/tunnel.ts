// A helper that joins two sockets with `.pipe` both ways, and leaves their ends to its caller.
import net from "node:net";

export function join(front: net.Socket, back: net.Socket): void {
  front.pipe(back);
  back.pipe(front);
}
