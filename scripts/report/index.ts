/** The review page: what it shows (`collectReport`) and its HTML (`renderReportPage`). */
export type { ReportArticle, ReportData, ReportLocale, ReportRow, SourcePiece, StaleRow, TargetPiece } from './model.js';
export { collectReport, type CollectReportOptions } from './collect-report.js';
export { placeDiagnostic, type DiagnosticPlace, type PlacementContext } from './place-diagnostics.js';
export { progressText, renderReportPage } from './render-report.js';
