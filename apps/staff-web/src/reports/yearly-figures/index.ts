export { DownloadYearlyFigures } from './download-yearly-figures.usecase';
export { ShowYearlyFigures, type YearlyFiguresPage } from './show-yearly-figures.usecase';
