// Polls a payment provider for each pending payment until told to stop.
const polls = new Map<string, NodeJS.Timeout>();

export function watchPayment(paymentId: string, onState: (state: string) => void): void {
  polls.set(paymentId, setInterval(async () => {
    const res = await fetch(`https://psp.example/payments/${paymentId}`);
    onState(((await res.json()) as { state: string }).state);
  }, 5_000));
}

export function unwatchPayment(paymentId: string): void {
  clearInterval(polls.get(paymentId));
  polls.delete(paymentId);
}
