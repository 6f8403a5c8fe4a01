/** `@tiendo/widgets`: the element classes (import `@tiendo/widgets/define` to register the tags). */
export { TiendoProgress, type ProgressModel } from './progress/progress.js';
export { TiendoRanking, type RankingModel, type RankingRow, type RankingSort } from './ranking/ranking.js';
export { TiendoStrongShare, type StrongShareModel, type StrongShareRow } from './strong-share/strong-share.js';
export { TiendoScorecard, type ScorecardModel, type ScorecardFigure } from './scorecard/scorecard.js';
export { TiendoElement, SelectionError, type Provenance, type Status } from './shared/base-element.js';
export { TiendoLoadEvent, TiendoErrorEvent, type TiendoErrorDetail, type TiendoLoadDetail, type DataOrigin, type WidgetErrorCode } from './shared/events.js';
export type { Theme } from './shared/theme.js';
