// The export formats the service knows, and one compiled template per format, made on first use.
export const FORMATS = { csv: 'text/csv', json: 'application/json', xml: 'application/xml' } as const;
export type FormatName = keyof typeof FORMATS;

export function isFormat(value: string): value is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATS, value);
}

const templates = new Map<FormatName, (rows: unknown[]) => string>();

export function templateFor(format: FormatName): (rows: unknown[]) => string {
  let template = templates.get(format);
  if (!template) {
    template = (rows) => `${FORMATS[format]}:${rows.length}`;
    templates.set(format, template);
  }
  return template;
}
