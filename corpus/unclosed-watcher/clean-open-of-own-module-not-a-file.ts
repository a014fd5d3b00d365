import { open } from './tunnel';

export async function ping(host: string): Promise<boolean> {
  const link = await open(host);
  const ok = await link.send('ping');
  if (!ok) {
    return false;
  }
  await link.close();
  return true;
}
