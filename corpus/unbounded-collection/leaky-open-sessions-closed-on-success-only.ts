// Upstream sessions for a proxy: each is listed while open, for the admin page.
const openSessions = new Set<Session>(); // expect: unbounded-collection

export class Session {
  private constructor(readonly target: string, readonly startedAt: number) {}

  static begin(target: string): Session {
    const session = new Session(target, Date.now());
    openSessions.add(session);
    return session;
  }

  close(): void {
    openSessions.delete(this);
  }
}

export async function forward(target: string, body: string, send: (t: string, b: string) => Promise<string>): Promise<string> {
  const session = Session.begin(target);
  const reply = await send(target, body);
  session.close();
  return reply;
}

export function openCount(): number {
  return openSessions.size;
}
