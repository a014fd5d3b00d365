// Effective connection type, for picking image sizes and prefetch depth.
export function watchConnection(onChange) {
  const connection = navigator.connection;
  if (!connection) return () => {};
  const handle = () => onChange({ type: connection.effectiveType, saveData: connection.saveData });
  connection.addEventListener('change', handle);
  handle();
  return () => connection.removeEventListener('change', handle);
}
