export namespace Report {
  export function tally(rows: Array<{ team: string; points: number }>): Map<string, number> {
    const totals = new Map<string, number>();
    for (const row of rows) totals.set(row.team, (totals.get(row.team) ?? 0) + row.points);
    return totals;
  }
}
