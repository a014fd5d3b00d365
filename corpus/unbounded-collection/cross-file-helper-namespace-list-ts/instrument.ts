// Instrumentation helpers: `track` records each wrapped call in the list it is handed.
export const wrapped: Array<{ target: object; name: string }> = [];

export function track(target: Record<string, unknown>, name: string, list: Array<{ target: object; name: string }>): void {
  list.push({ target, name });
}
