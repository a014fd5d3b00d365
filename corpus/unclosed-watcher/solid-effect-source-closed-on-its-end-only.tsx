import { createEffect, createSignal, on } from 'solid-js';

export function BuildLog(props: { buildId: string }) {
  const [lines, setLines] = createSignal<string[]>([]);

  createEffect(on(() => props.buildId, (id) => {
    setLines([]);
    const source = new EventSource(`/api/builds/${id}/log`); // expect: unclosed-watcher
    source.addEventListener('line', (event) => setLines((prev) => [...prev, (event as MessageEvent<string>).data]));
    source.addEventListener('finished', () => source.close());
  }));

  return <pre>{lines().join('\n')}</pre>;
}
