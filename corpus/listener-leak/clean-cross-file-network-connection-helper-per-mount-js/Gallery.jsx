import { useEffect, useState } from 'react';
import { watchConnection } from './network';

export function Gallery({ photos }) {
  const [quality, setQuality] = useState('high');

  useEffect(() => {
    return watchConnection(({ type, saveData }) => {
      setQuality(saveData || type === '2g' || type === 'slow-2g' ? 'low' : 'high');
    });
  }, []);

  return (
    <div className="gallery">
      {photos.map((p) => <img key={p.id} src={p.urls[quality]} alt={p.caption} loading="lazy" />)}
    </div>
  );
}
