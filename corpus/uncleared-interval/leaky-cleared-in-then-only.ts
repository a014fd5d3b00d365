// An upload pings the session every ten seconds while it runs and stops once the upload
// resolves. A failed upload rejects past the `.then`, so its keep-alive runs forever.
import { Session } from './session';

export function upload(session: Session, blob: Blob): Promise<string> {
  const keepAlive = setInterval(() => session.touch(), 10_000); // expect: uncleared-interval
  return session.put(blob).then((url: string) => {
    clearInterval(keepAlive);
    return url;
  });
}
