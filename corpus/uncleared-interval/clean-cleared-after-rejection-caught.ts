// The keep-alive stops in `.finally`, and a second upload catches the rejection before the
// `.then` that clears it, so that `.then` runs on both outcomes.
import { Session } from './session';

export function upload(session: Session, blob: Blob): Promise<string> {
  const keepAlive = setInterval(() => session.touch(), 10_000);
  return session.put(blob).finally(() => clearInterval(keepAlive));
}

export function uploadQuietly(session: Session, blob: Blob): Promise<string | null> {
  const keepAlive = setInterval(() => session.touch(), 10_000);
  return session.put(blob)
    .catch(() => null)
    .then((url: string | null) => {
      clearInterval(keepAlive);
      return url;
    });
}
