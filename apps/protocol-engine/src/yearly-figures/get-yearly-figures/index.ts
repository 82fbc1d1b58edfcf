export { GetYearlyFigures, type GetYearlyFiguresQuery } from './get-yearly-figures.usecase';
