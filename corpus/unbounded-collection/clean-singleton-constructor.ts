// A singleton fills its table in its constructor only: once, at start-up.
class MimeTable {
  private readonly byExtension = new Map<string, string>();

  constructor(entries: Array<[string, string]>) {
    for (const [ext, type] of entries) this.byExtension.set(ext, type);
  }

  lookup(ext: string): string | undefined {
    return this.byExtension.get(ext);
  }
}

const mime = new MimeTable([['html', 'text/html'], ['js', 'text/javascript']]);

export function typeOf(file: string): string {
  return mime.lookup(file.split('.').pop() ?? '') ?? 'application/octet-stream';
}
