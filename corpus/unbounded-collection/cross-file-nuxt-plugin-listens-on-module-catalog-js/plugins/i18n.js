// A Nuxt plugin: on the server it runs for every request, and each run adds a listener, with
// the request's state, to the process's catalog.
import { defineNuxtPlugin, useState } from '#app';
import { catalog } from '~/utils/catalog';

export default defineNuxtPlugin(() => {
  const messages = useState('messages', () => ({}));
  catalog.on((_locale, table) => { // expect: unbounded-collection
    messages.value = { ...table };
  });
});
