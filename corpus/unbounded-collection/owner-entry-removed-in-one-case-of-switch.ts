// A dispatcher lives as long as the switchboard. Each call that starts ringing gets a record
// and a no-answer alarm; only the 'answered' case takes the alarm's entry out, so every call
// that is rejected or hung up before anyone answers keeps it.
import { EventEmitter } from "node:events";

type CallEvent =
  | { kind: "ringing"; callId: string; from: string }
  | { kind: "answered"; callId: string; agent: string }
  | { kind: "rejected"; callId: string }
  | { kind: "hungup"; callId: string };

export class CallDispatcher extends EventEmitter {
  private readonly calls = new Map<string, { from: string; at: number }>();
  private readonly alarms = new Map<string, ReturnType<typeof setTimeout>>(); // expect: unbounded-collection

  constructor(private readonly noAnswerMs = 30_000) {
    super();
  }

  handle(event: CallEvent): void {
    switch (event.kind) {
      case "ringing":
        this.calls.set(event.callId, { from: event.from, at: Date.now() });
        this.alarms.set(event.callId, setTimeout(() => this.emit("unanswered", event.callId), this.noAnswerMs));
        break;
      case "answered":
        clearTimeout(this.alarms.get(event.callId));
        this.alarms.delete(event.callId);
        this.calls.delete(event.callId);
        this.emit("connected", event.callId, event.agent);
        break;
      case "rejected":
        this.calls.delete(event.callId);
        this.emit("rejected", event.callId);
        break;
      case "hungup":
        this.calls.delete(event.callId);
        break;
    }
  }
}
