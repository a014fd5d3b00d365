'use strict';

const { app, BrowserWindow, ipcMain, dialog } = require('electron');

function openEditor(file) {
  const win = new BrowserWindow({ width: 900, height: 700 });
  let dirty = false;
  const onEdited = (event, changed) => {
    if (event.sender === win.webContents) dirty = changed;
  };
  ipcMain.on('editor:edited', onEdited);
  win.once('closed', () => {
    ipcMain.removeListener('editor:edited', onEdited);
  });
  win.on('close', (event) => {
    if (dirty && dialog.showMessageBoxSync(win, { buttons: ['Discard', 'Cancel'], message: 'Unsaved changes' }) === 1) {
      event.preventDefault();
    }
  });
  win.loadFile(file);
}

ipcMain.on('editor:open', (_event, file) => openEditor(file));
app.on('activate', () => openEditor('index.html'));
