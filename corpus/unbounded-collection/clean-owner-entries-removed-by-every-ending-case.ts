// A dispatcher lives as long as the switchboard. Each call that starts ringing gets a record
// and a no-answer alarm; every case that ends a call goes through `end()`, which takes both
// entries out.
import { EventEmitter } from "node:events";

type CallEvent =
  | { kind: "ringing"; callId: string; from: string }
  | { kind: "answered"; callId: string; agent: string }
  | { kind: "rejected"; callId: string }
  | { kind: "hungup"; callId: string };

export class CallDispatcher extends EventEmitter {
  private readonly calls = new Map<string, { from: string; at: number }>();
  private readonly alarms = new Map<string, ReturnType<typeof setTimeout>>();

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
        this.end(event.callId);
        this.emit("connected", event.callId, event.agent);
        break;
      case "rejected":
        this.end(event.callId);
        this.emit("rejected", event.callId);
        break;
      case "hungup":
        this.end(event.callId);
        break;
    }
  }

  private end(callId: string): void {
    clearTimeout(this.alarms.get(callId));
    this.alarms.delete(callId);
    this.calls.delete(callId);
  }
}
