// An Electron main process: each import request races its work against a module promise that
// only the app's quit settles, so every request leaves a reaction (and its closure) on it.
const { app, ipcMain } = require('electron');
const { readFile } = require('node:fs/promises');

let markQuitting;
const appQuitting = new Promise((resolve) => {
  markQuitting = resolve;
});
app.once('before-quit', () => markQuitting());

function untilQuit(work) {
  return Promise.race([work, appQuitting.then(() => { throw new Error('quitting'); })]);
}

ipcMain.handle('import:read', async (_event, file) => untilQuit(readFile(file, 'utf8'))); // expect: long-lived-promise-race
