/**
 * The report menu actions: read once, compute through the core, lay out, and write each report sheet
 * atomically under the document lock.
 */
import type { Dataset, Locale, ReportParams } from '../core/model';
import type { Canvas } from '../core/layout/canvas';
import { buildAdPayback } from '../core/reports/adPayback';
import { buildTrafficInfluence } from '../core/reports/trafficInfluence';
import { buildDataQuality } from '../core/reports/dataQuality';
import { layoutAdPayback } from '../core/layout/adPaybackLayout';
import { layoutTrafficInfluence } from '../core/layout/trafficInfluenceLayout';
import { layoutDetails } from '../core/layout/detailsLayout';
import { layoutDataQuality } from '../core/layout/dataQualityLayout';
import { SHEET_NAMES, type ReportKind } from '../core/i18n/reportLabels';
import { describeFinding, describeRefusal } from '../core/i18n/reading';
import { isoOfDay } from '../core/time/days';
import { openContext, type AddonContext } from './context';
import { readDataset } from './readData';
import { commitStaged, discardStaged, stageSheet, type Staged } from './replaceSheet';
import { writeCanvas } from './writeCanvas';
import { loadPeriodChoice, type PeriodChoice } from './period';
import { UserError } from './errors';
import { withDocumentLock } from './lock';
import { REPORT_MESSAGES } from '../core/i18n/addonLabels';
import { describeRun } from './runMessages';

export interface ReportRun {
  /** Sheets written, by report. */
  written: { kind: ReportKind; sheet: string }[];
  /** Reports that could not be made, with the reason (one line each). */
  refused: { kind: ReportKind; reason: string }[];
  period: { from: string; to: string };
  /** The spreadsheet's language, for messages about this run. */
  locale: Locale;
  summary: { paidCost: number; revenue: number; roi: number | null; currency: string } | null;
}

/** Reports that cannot run without Leads and Deals. */
const NEEDS_CRM: ReadonlySet<ReportKind> = new Set<ReportKind>(['adPayback', 'trafficInfluence']);

function generatedText(ctx: AddonContext): string {
  return Utilities.formatDate(new Date(), ctx.timeZone, 'dd.MM.yyyy HH:mm') + ' (' + ctx.timeZone + ')';
}

function protect(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  sheet.protect().setWarningOnly(true);
}

/** Any refusal (a missing Leads or Deals tab, a missing required column) stops the CRM reports. */
function refusalFor(ds: Dataset, ctx: AddonContext): string | null {
  return ds.refusals.length > 0 ? ds.refusals.map((r) => describeRefusal(r, ctx.locale)).join(' ') : null;
}

/** `toast`: announce the result in the spreadsheet (the menu does; the sidebar shows its own result). */
export function runReports(
  kinds: ReportKind[],
  choice?: PeriodChoice,
  options: { toast?: boolean } = {},
): ReportRun {
  return withDocumentLock(() => {
    const ctx = openContext();
    const chosen = choice ?? loadPeriodChoice(ctx.today);
    const ds = readDataset(ctx);
    const params: ReportParams = {
      period: chosen.period,
      compare: chosen.compare,
      locale: ctx.locale,
      today: ctx.today,
      generatedAt: new Date().toISOString(),
    };
    const run: ReportRun = {
      written: [],
      refused: [],
      period: { from: isoOfDay(chosen.period.from), to: isoOfDay(chosen.period.to) },
      locale: ctx.locale,
      summary: null,
    };
    const when = generatedText(ctx);
    const crmRefusal = refusalFor(ds, ctx);
    const staged: Staged[] = [];
    try {
      for (const kind of kinds) {
        if (NEEDS_CRM.has(kind) && crmRefusal) {
          run.refused.push({ kind, reason: crmRefusal });
          continue;
        }
        if (kind === 'adPayback') {
          const model = buildAdPayback(ds, params);
          const paid = model.rows.find((r) => r.kind === 'totalPaid');
          if (paid) {
            run.summary = {
              paidCost: paid.counts.cost,
              revenue: paid.counts.revenue,
              roi: paid.ratios.roi,
              currency: model.header.baseCurrency,
            };
          }
          writeStaged(ctx, staged, SHEET_NAMES.adPayback[ctx.locale], layoutAdPayback(model, when));
        } else if (kind === 'trafficInfluence') {
          const model = buildTrafficInfluence(ds, params);
          const details = layoutDetails(model, ds);
          const detailsStage = writeStaged(ctx, staged, SHEET_NAMES.details[ctx.locale], details.canvas);
          const gid = detailsStage.tab.sheet.getSheetId();
          writeStaged(
            ctx,
            staged,
            SHEET_NAMES.trafficInfluence[ctx.locale],
            layoutTrafficInfluence(model, when, gid, details.spans),
          );
        } else {
          const model = buildDataQuality(ds, params);
          const lines = [
            ...ds.refusals.map((r) => describeRefusal(r, ctx.locale)),
            ...ds.findings.map((f) => describeFinding(f, ctx.locale)),
          ];
          writeStaged(
            ctx,
            staged,
            SHEET_NAMES.dataQuality[ctx.locale],
            layoutDataQuality(model, when, lines),
          );
        }
        run.written.push({ kind, sheet: SHEET_NAMES[kind][ctx.locale] });
      }
      commitStaged(ctx.dir, staged);
    } catch (e) {
      discardStaged(ctx.dir, staged);
      throw e;
    }
    if (options.toast && run.refused.length === 0) {
      ctx.ss.toast(describeRun(run, ctx.locale), 'Throughline', 8);
    }
    if (run.written.length === 0 && run.refused.length > 0) {
      throw new UserError(REPORT_MESSAGES.refused[ctx.locale] + ' ' + run.refused[0].reason);
    }
    return run;
  });
}

/** Builds one report sheet under a temporary name; it is listed in `staged` first, so a failure while
 * writing it still gets it cleaned up. */
function writeStaged(ctx: AddonContext, staged: Staged[], name: string, canvas: Canvas): Staged {
  const stage = stageSheet(ctx.dir, name);
  staged.push(stage);
  writeCanvas(stage.tab.sheet, canvas);
  protect(stage.tab.sheet);
  return stage;
}
