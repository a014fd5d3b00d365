// Callbacks waiting for a job's result, by job id.
export const waiting: Record<string, (result: unknown) => void> = {};
