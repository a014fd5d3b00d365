import Redis from 'ioredis';

// A batch job that needs its own connection (a different database): opened per run and quit
// in `finally`, on every path.
export async function copyLeaderboard(day: string): Promise<number> {
  const archive = new Redis({ db: 3 });
  try {
    const rows = await archive.zrange(`board:${day}`, 0, -1, 'WITHSCORES');
    return rows.length / 2;
  } finally {
    await archive.quit();
  }
}
