import type { AlertFilters } from '../alert-filters';

/** An officer opening the live stream: who, until when their token holds, what they filter on, and the signal that ends with the stream. */
export class OpenAlertStreamCommand {
  private constructor(
    readonly officer: string,
    readonly tokenExpiresAt: Date,
    readonly filters: AlertFilters,
    /** Aborted once the stream is over, however it ends (the client left, the token expired, an error). */
    readonly closed: AbortSignal,
  ) {}

  static create(officer: string, tokenExpiresAt: Date, filters: AlertFilters, closed: AbortSignal): OpenAlertStreamCommand {
    return new OpenAlertStreamCommand(officer, tokenExpiresAt, filters, closed);
  }
}
