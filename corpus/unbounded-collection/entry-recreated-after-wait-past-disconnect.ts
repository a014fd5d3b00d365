// A cursor-sharing server keeps each client's cursor while it is connected. The colour for a
// new client comes from a profile lookup, and `paint()` stores the cursor again after it,
// whatever happened meanwhile: a client gone during the lookup leaves its cursor behind.
import type { WebSocket } from "ws";

interface Cursor {
  x: number;
  y: number;
  colour: string;
}

export class CursorRoom {
  private readonly cursors = new Map<string, Cursor>();

  constructor(private readonly colourOf: (clientId: string) => Promise<string>) {}

  enter(clientId: string, ws: WebSocket): void {
    this.cursors.set(clientId, { x: 0, y: 0, colour: "#999" });
    ws.on("close", () => this.cursors.delete(clientId));
    void this.paint(clientId);
  }

  private async paint(clientId: string): Promise<void> {
    const colour = await this.colourOf(clientId);
    const cursor = this.cursors.get(clientId) ?? { x: 0, y: 0, colour };
    this.cursors.set(clientId, { ...cursor, colour }); // expect: unbounded-collection
  }
}
