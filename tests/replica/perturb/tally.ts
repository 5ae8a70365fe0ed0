/** The perturbation suite's count of verdicts, printed with its seed so that a run can be replayed. */
export interface Tally {
  right: number;
  none: number;
  wrong: number;
}

export function formatTally(seed: number, tally: Tally): string {
  const total = tally.right + tally.none + tally.wrong;
  const pct = (n: number) => ((100 * n) / Math.max(total, 1)).toFixed(1);
  return `perturbations: seed ${seed}, ${total} variants: right ${tally.right} (${pct(tally.right)} %), none ${tally.none}, wrong ${tally.wrong} (replay: PERTURB_SEED=${seed})`;
}
