// The entry point sets the theme up once, before the application renders.
import { createRoot } from 'react-dom/client';
import { initThemeSync } from './theme';
import App from './App';

initThemeSync();
createRoot(document.getElementById('root')).render(App());
