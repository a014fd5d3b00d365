// The cleanup removes the scroll listener only while the ref still points at the element, but
// React empties refs before it runs cleanups on unmount: every unmount keeps the listener, and
// with it the component's closure, on `window`.
import React, { useEffect, useRef, useState } from 'react';

export function ReadingProgress({ articleId }) {
  const [ratio, setRatio] = useState(0);
  const articleRef = useRef(null);

  useEffect(() => {
    const update = () => {
      const el = articleRef.current;
      if (el) setRatio(Math.min(1, window.scrollY / el.scrollHeight));
    };
    window.addEventListener('scroll', update); // expect: listener-leak
    return () => {
      if (articleRef.current) {
        window.removeEventListener('scroll', update);
      }
    };
  }, [articleId]);

  return <article ref={articleRef} data-progress={ratio} />;
}
