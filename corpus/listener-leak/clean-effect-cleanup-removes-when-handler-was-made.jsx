// The shortcut listener exists only while recording; the cleanup removes it whenever the
// handler was made, which is exactly when it was added.
import React, { useEffect, useState } from 'react';

export function Recorder({ recording, onMark }) {
  const [marks, setMarks] = useState(0);

  useEffect(() => {
    let onKey = null;
    if (recording) {
      onKey = (event) => {
        if (event.key === 'm') {
          setMarks((n) => n + 1);
          onMark();
        }
      };
      document.addEventListener('keydown', onKey);
    }
    return () => {
      if (onKey) document.removeEventListener('keydown', onKey);
    };
  }, [recording, onMark]);

  return <span>{marks} marks</span>;
}
