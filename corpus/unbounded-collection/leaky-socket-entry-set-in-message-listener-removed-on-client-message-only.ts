// Each socket records the document it edits when it says 'doc:open', and the entry goes only
// when it says 'doc:close': a tab that is just closed keeps its entry for good.
import { Server } from 'socket.io';

const io = new Server(4010);
const editing = new Map<string, string>(); // expect: unbounded-collection

io.on('connection', (socket) => {
  socket.on('doc:open', (docId: string) => {
    editing.set(socket.id, docId);
    socket.join(`doc:${docId}`);
  });

  socket.on('doc:close', () => {
    const docId = editing.get(socket.id);
    editing.delete(socket.id);
    if (docId) socket.leave(`doc:${docId}`);
  });
});
