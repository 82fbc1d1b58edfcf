export { SetAbsenceKindCommand } from './set-absence-kind.command';
export { SetAbsenceKind } from './set-absence-kind.usecase';
