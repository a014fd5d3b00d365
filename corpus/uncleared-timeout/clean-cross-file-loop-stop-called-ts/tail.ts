// Follows a build's log by polling; only the stop it returns ends the loop.
export function tailBuildLog(buildId: string, write: (chunk: string) => void): () => void {
  let closed = false;
  let offset = 0;
  const next = async () => {
    const response = await fetch(`https://ci.internal/builds/${buildId}/log?from=${offset}`);
    const chunk = await response.text();
    offset += chunk.length;
    write(chunk);
    if (!closed) setTimeout(next, 2000);
  };
  void next();
  return () => {
    closed = true;
  };
}
