import Vue from 'vue';

// The app-wide event bus.
export const bus = new Vue();
