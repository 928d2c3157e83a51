/**
 * A counter in document properties that changes whenever the inputs may have changed: an edit in a data or
 * settings tab (onEdit), a settings write from the sidebar, or "Refresh custom functions". It is part of the
 * cache key of the custom functions' aggregates, so no stale figure survives a refresh.
 */
const KEY = 'throughline.dataVersion';

export function dataVersion(): string {
  return PropertiesService.getDocumentProperties().getProperty(KEY) ?? '0';
}

export function bumpDataVersion(): string {
  const next = String(Date.now()) + '-' + Math.floor(Math.random() * 1e6);
  PropertiesService.getDocumentProperties().setProperty(KEY, next);
  return next;
}
