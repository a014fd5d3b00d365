import { onCleanup, onMount } from 'solid-js';

export function ThemeProbe(props) {
  onMount(async () => {
    const settings = await props.loadSettings();
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = (event) => props.onScheme(event.matches ? 'dark' : settings.light);
    scheme.addEventListener('change', onChange); // expect: listener-leak
    onCleanup(() => scheme.removeEventListener('change', onChange));
  });
  return <span className="theme-probe" />;
}
