/**
 * Counts of service calls made by the script, by method name (`Range.setValues`). `total` counts only the
 * spreadsheet service (SpreadsheetApp, Spreadsheet, Sheet, Range, Ui, Menu, charts, Protection): that is the
 * number the batching rule caps. `allServices` counts every service.
 */
export class CallLog {
  total = 0;
  allServices = 0;
  private readonly counts = new Map<string, number>();

  record(method: string, spreadsheetService: boolean): number {
    const n = (this.counts.get(method) ?? 0) + 1;
    this.counts.set(method, n);
    this.allServices++;
    if (spreadsheetService) this.total++;
    return n;
  }

  /** Calls of one method, e.g. `count('Range.getValues')`. */
  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** All counts, sorted by method name. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const k of [...this.counts.keys()].sort()) out[k] = this.counts.get(k) ?? 0;
    return out;
  }

  reset(): void {
    this.total = 0;
    this.allServices = 0;
    this.counts.clear();
  }
}
