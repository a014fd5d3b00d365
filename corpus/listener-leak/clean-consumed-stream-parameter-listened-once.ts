// The import reads the stream it is handed once, piping it into the parser; the listener for
// the stream's error goes with the stream when the import is done with it.
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export async function importRows(csv: Readable): Promise<number> {
  const parser = csv.pipe(parse({ from_line: 2 }));
  csv.once('error', (err) => parser.destroy(err));
  let rows = 0;
  for await (const _record of parser) rows++;
  return rows;
}
