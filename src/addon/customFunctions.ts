/**
 * Entry logic of the custom functions (index.ts holds the declarations Sheets autocompletes).
 * Number form: pure arithmetic. Source form: the per-source aggregate of the Ad payback report, cached in the
 * document cache under a key of (data version, locale, time zone, period): hundreds of formula cells in one
 * recalculation read the raw tabs once, and a data change plus "Refresh custom functions" invalidates it.
 */
import {
  evaluateNumberForm,
  FunctionError,
  type FunctionName,
  type ResultGrid,
} from '../core/functions/numberForm';
import { evaluateSourceForm, isSourceForm, periodOfArgs } from '../core/functions/sourceForm';
import { aggregateBySource, type SourceAggregate } from '../core/engine/aggregate';
import { readWorkbook } from '../core/read/workbook';
import { makeDateReader } from '../core/parse/date';
import { makeZone } from '../core/time/zone';
import { localeOf } from '../core/i18n/locale';
import { describeRefusal } from '../core/i18n/reading';
import { FUNCTION_MESSAGES } from '../core/i18n/functionLabels';
import { fill } from '../core/i18n/reportLabels';
import type { Locale, Period } from '../core/model';
import { dataVersion } from './dataVersion';
import { openContext } from './context';
import { readInputTabs } from './readData';

/** CacheService: 100 KB (of UTF-8) per value, 6 hours at most. */
const CACHE_SECONDS = 6 * 60 * 60;
const MAX_CACHED_BYTES = 100_000;

/** UTF-8 length without Node's Buffer (not in Apps Script). */
function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The cache only saves work: a value too large for it, or a failing put, must never fail the formula. */
function putQuietly(cache: GoogleAppsScript.Cache.Cache | null, key: string, value: string): void {
  if (!cache || utf8Bytes(value) > MAX_CACHED_BYTES) return;
  try {
    cache.put(key, value, CACHE_SECONDS);
  } catch {
    // Over the limit after all, or the service is busy: the next call recomputes.
  }
}

interface SheetMeta {
  locale: Locale;
  timeZone: string;
}

/** Lives for one execution: calls that Sheets batches into one execution share it. */
const memo = new Map<string, SourceAggregate>();

function sheetMeta(version: string): SheetMeta {
  const cache = CacheService.getDocumentCache();
  const key = 'tl:meta:' + version;
  const hit = cache ? cache.get(key) : null;
  if (hit) return JSON.parse(hit) as SheetMeta;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const meta: SheetMeta = {
    locale: localeOf(ss.getSpreadsheetLocale()),
    timeZone: ss.getSpreadsheetTimeZone(),
  };
  putQuietly(cache, key, JSON.stringify(meta));
  return meta;
}

function aggregateFor(version: string, meta: SheetMeta, period: Period, fn: FunctionName): SourceAggregate {
  const key = `tl:agg:${version}:${meta.locale}:${meta.timeZone}:${period.from}:${period.to}`;
  const mem = memo.get(key);
  if (mem) return mem;
  const cache = CacheService.getDocumentCache();
  const hit = cache ? cache.get(key) : null;
  if (hit) {
    const agg = JSON.parse(hit) as SourceAggregate;
    memo.set(key, agg);
    return agg;
  }
  const ctx = openContext();
  const ds = readWorkbook(readInputTabs(ctx), { timeZone: meta.timeZone, today: ctx.today });
  if (ds.refusals.length > 0) {
    const why = ds.refusals.map((r) => describeRefusal(r, meta.locale)).join(' ');
    throw new FunctionError(fill(FUNCTION_MESSAGES.noData[meta.locale], { fn, why }));
  }
  const agg = aggregateBySource(ds, period, meta.locale);
  memo.set(key, agg);
  putQuietly(cache, key, JSON.stringify(agg));
  return agg;
}

/**
 * The number form is pure arithmetic and touches no service. Its error messages speak the spreadsheet's
 * language, so the locale (read-only Spreadsheet access, cached) is looked up only when there is an error to
 * show: the evaluation is repeated with it, and throws the same error in that language.
 */
function numberForm(fn: FunctionName, a: unknown, b: unknown): number | ResultGrid {
  try {
    return evaluateNumberForm(fn, a, b, 'en');
  } catch (e) {
    if (!(e instanceof FunctionError)) throw e;
    let locale: Locale = 'en';
    try {
      locale = sheetMeta(dataVersion()).locale;
    } catch {
      throw e;
    }
    return evaluateNumberForm(fn, a, b, locale);
  }
}

function sourceForm(fn: FunctionName, source: string, from: unknown, to: unknown): number {
  const version = dataVersion();
  const meta = sheetMeta(version);
  const zone = makeZone(meta.timeZone);
  const period = periodOfArgs(fn, from, to, zone.dayOf(Date.now()), makeDateReader(zone), meta.locale);
  return evaluateSourceForm(fn, aggregateFor(version, meta, period, fn), source, meta.locale);
}

export function callCustomFunction(
  fn: FunctionName,
  a: unknown,
  b: unknown,
  c?: unknown,
): number | ResultGrid {
  try {
    if (isSourceForm(a, b)) return sourceForm(fn, String(a), b, c);
    return numberForm(fn, a, b);
  } catch (e) {
    // Sheets shows the message on #ERROR!; anything but our own errors is reported by its first line only.
    if (e instanceof FunctionError) throw e;
    throw new Error(e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
}
