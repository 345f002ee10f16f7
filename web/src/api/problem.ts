/** An RFC 9457 problem as every service answers it, with the suite's stable `code` and per-field errors. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
  [extra: string]: unknown;
}

/** A request the service refused: carries the problem so forms can show it at their fields. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  /** Field name → message, for showing beside the inputs. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) byField[e.field] ??= e.message;
    return byField;
  }
}

/** The service behind a section could not be reached (network error, 502, 503, 504): show a banner, keep the rest. */
export class ServiceUnavailableError extends Error {
  readonly service: string;
  constructor(service: string, cause?: unknown) {
    super(`${service} is not reachable right now`);
    this.service = service;
    this.cause = cause;
  }
}
