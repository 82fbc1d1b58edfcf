export { GetMissingReturn, missingReturnYear, type GetMissingReturnQuery } from './get-missing-return.usecase';
