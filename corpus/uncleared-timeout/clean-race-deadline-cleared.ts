// The deadline's handle is kept and cleared in a finally, whichever arm wins the race.
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let deadline: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        deadline = setTimeout(() => reject(new Error('deadline')), ms);
      }),
    ]);
  } finally {
    clearTimeout(deadline);
  }
}
