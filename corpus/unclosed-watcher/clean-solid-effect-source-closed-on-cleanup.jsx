import { createEffect, createSignal, on, onCleanup } from 'solid-js';

export function BuildLog(props) {
  const [lines, setLines] = createSignal([]);

  createEffect(on(() => props.buildId, (id) => {
    setLines([]);
    const source = new EventSource(`/api/builds/${id}/log`);
    source.addEventListener('line', (event) => setLines((prev) => [...prev, event.data]));
    source.addEventListener('finished', () => source.close());
    onCleanup(() => source.close());
  }));

  return <pre>{lines().join('\n')}</pre>;
}
