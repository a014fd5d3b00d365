// The entry point starts the connectivity watch once, as the page loads.
import { watchConnectivity } from './online';
import { mountApp } from './app';

watchConnectivity();
mountApp(document.getElementById('root')!);
