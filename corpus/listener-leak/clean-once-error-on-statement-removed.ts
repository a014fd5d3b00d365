// The listener comes off once the insert is done; and the statement's own error listener is
// added once, when the module starts.
import { prepare } from './db';

const insert = prepare('INSERT INTO audit (line) VALUES (?)');
insert.once('error', (error: Error) => console.error('statement broken', error));

export function audit(line: string): void {
  const onError = (error: Error) => console.error('audit failed for', line, error);
  insert.once('error', onError);
  insert.run(line, () => insert.removeListener('error', onError));
}
