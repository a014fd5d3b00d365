// One stream for the modules still active: every change closes the current one and opens a new
// one only if something is still active, so with nothing active the stream is closed for good.
const active = new Set();
let stream;

function refresh() {
  if (stream) stream.close();
  if (active.size) {
    stream = new EventSource(`/__updates?ids=${[...active].join(',')}`);
    stream.onmessage = (event) => console.log('update', event.data);
  } else {
    stream = undefined;
  }
}

export function follow(id) {
  active.add(id);
  refresh();
  return () => {
    active.delete(id);
    refresh();
  };
}
