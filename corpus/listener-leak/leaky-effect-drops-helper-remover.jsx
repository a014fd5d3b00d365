// A helper that adds a document listener and hands back its remover. The effect throws the
// remover away, so every mount (and every change of `onClose`) leaves one more keydown
// listener, holding the old callback and the component it closes over.
import { useEffect } from 'react';

function onDocument(type, listener) {
  document.addEventListener(type, listener);
  return () => document.removeEventListener(type, listener);
}

export function CloseOnEscape({ onClose, children }) {
  useEffect(() => {
    onDocument('keydown', (event) => { // expect: listener-leak
      if (event.key === 'Escape') onClose();
    });
  }, [onClose]);
  return <div className="dialog">{children}</div>;
}

export function CloseOnEscapeFixed({ onClose, children }) {
  useEffect(() => {
    const remove = onDocument('keydown', (event) => {
      if (event.key === 'Escape') onClose();
    });
    return remove;
  }, [onClose]);
  return <div className="dialog">{children}</div>;
}
