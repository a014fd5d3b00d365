import { useCallback } from 'react';
import { useChannel } from './useChannel';

export function SignOutWatcher({ onSignedOut }) {
  const handle = useCallback((message) => {
    if (message === 'signed-out') onSignedOut();
  }, [onSignedOut]);
  useChannel('auth', handle);
  return null;
}
