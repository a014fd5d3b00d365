import { BrowserWindow, ipcMain, IpcMainEvent } from 'electron';

export function openInspector(target: string): BrowserWindow {
  const win = new BrowserWindow({ width: 480, height: 640 });
  const onPicked = (event: IpcMainEvent, selector: string) => {
    if (event.sender === win.webContents) win.setTitle(`${target}: ${selector}`);
  };
  ipcMain.on('inspector:picked', onPicked);
  win.on('closed', () => ipcMain.off('inspector:picked', onPicked));
  win.on('close', () => {
    win.webContents.send('inspector:closing');
  });
  return win;
}

ipcMain.on('inspector:open', (_event, target: string) => {
  openInspector(target);
});
