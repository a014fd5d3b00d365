// Audit events carry "who did it"; the app tells the shared trail how to find out.
type Actor = () => { id: string; ip?: string };

class AuditTrail {
  private actor: Actor = () => ({ id: 'system' });

  actorFrom(actor: Actor): void {
    this.actor = actor;
  }

  record(action: string): void {
    console.log(JSON.stringify({ action, by: this.actor(), at: Date.now() }));
  }
}

export const audit = new AuditTrail();
