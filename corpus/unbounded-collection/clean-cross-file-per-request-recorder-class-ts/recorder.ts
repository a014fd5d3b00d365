// Notes what one response did, for a debug header; each request makes its own.
export class ResponseRecorder {
  private readonly steps: string[] = [];

  note(step: string): void {
    this.steps.push(step);
  }

  header(): string {
    return this.steps.join(', ');
  }
}
