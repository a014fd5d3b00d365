import { onCleanup, onMount } from 'solid-js';

export function ThemeProbe(props: { loadSettings: () => Promise<{ light: string }>; onScheme: (name: string) => void }) {
  onMount(async () => {
    let scheme: MediaQueryList | undefined;
    let onChange: ((event: MediaQueryListEvent) => void) | undefined;
    let gone = false;
    onCleanup(() => {
      gone = true;
      if (scheme && onChange) scheme.removeEventListener('change', onChange);
    });
    const settings = await props.loadSettings();
    if (gone) return;
    scheme = window.matchMedia('(prefers-color-scheme: dark)');
    onChange = (event) => props.onScheme(event.matches ? 'dark' : settings.light);
    scheme.addEventListener('change', onChange);
  });
  return <span className="theme-probe" />;
}
