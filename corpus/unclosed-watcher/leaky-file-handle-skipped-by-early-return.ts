import { open, FileHandle } from 'fs/promises';

const MAGIC = Buffer.from('%PDF-');

async function pageCount(file: FileHandle, size: number): Promise<number> {
  const tail = Buffer.alloc(Math.min(size, 4096));
  await file.read(tail, 0, tail.length, Math.max(0, size - tail.length));
  const match = /\/Count (\d+)/.exec(tail.toString('latin1'));
  return match ? Number(match[1]) : 0;
}

export async function inspectUpload(path: string) {
  const file = await open(path, 'r'); // expect: unclosed-watcher
  const { size } = await file.stat();
  const head = Buffer.alloc(MAGIC.length);
  await file.read(head, 0, head.length, 0);
  if (!head.equals(MAGIC)) {
    return { path, kind: 'unknown' as const };
  }
  const pages = await pageCount(file, size);
  await file.close();
  return { path, kind: 'pdf' as const, pages };
}
