// Joining a game from a button: the key listeners are removed when the room is left, and the
// room's leave callback is registered before anything in the `try` can still throw.
interface Room {
  onLeave(cb: () => void): void;
  send(type: string, payload: unknown): void;
}

export function wireJoinButton(button: HTMLButtonElement, join: () => Promise<Room>): void {
  button.addEventListener('click', async () => {
    try {
      const room = await join();
      const onKey = (e: KeyboardEvent) => room.send('key', e.key);
      window.addEventListener('keydown', onKey);
      room.onLeave(() => window.removeEventListener('keydown', onKey));
      button.disabled = true;
    } catch (err) {
      console.error('could not join', err);
      button.disabled = false;
    }
  });
}
