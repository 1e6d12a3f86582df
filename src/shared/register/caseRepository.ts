/**
 * Where cases are kept: the port the hosts and CLI use, with an in-memory implementation
 * (inMemoryCaseRepository.ts, also the preview mode) and a Microsoft Graph one
 * (graphCaseRepository.ts, SharePoint lists). Both pass the same contract suite
 * (test/contract/register).
 *
 * Expected failures are values: every operation resolves to a Result whose problem is a
 * {@link RegisterProblem} with a message for people. Graph errors are translated once, in
 * graphProblems.ts.
 */
import type { CouncilSettings } from "../cases/councilSettings";
import type {
  CaseKind,
  CaseLink,
  CaseQuestion,
  CaseStatus,
  FoiCase,
  Requester,
  SourceMessage,
} from "../cases/case";
import type { CaseEvent, TransitionContext } from "../cases";
import type { Result } from "../cases/result";
import type { ClockEvent, IsoDate, Regime } from "../deadlines";

export type RegisterProblem =
  | { kind: "conflict"; message: string; latest?: StoredCase }
  | { kind: "throttled"; message: string; retryAfterSeconds?: number }
  | { kind: "notFound"; message: string }
  | { kind: "thresholdExceeded"; message: string }
  | { kind: "duplicate"; message: string }
  | { kind: "invalid"; message: string }
  | { kind: "notAllowed"; message: string }
  | { kind: "notProvisioned"; message: string }
  | { kind: "unavailable"; message: string };

export type RegisterResult<T> = Result<T, RegisterProblem>;

/** A case as stored, with the handle needed to change it safely. */
export interface StoredCase {
  case: FoiCase;
  /** The list item id (Graph) or an internal id (in memory). */
  id: string;
  /** Opaque version; sent back with every change (If-Match), so edits never overwrite silently. */
  eTag: string;
}

/** What an officer gives to register a request; the repository adds reference, status and dates. */
export interface NewCase {
  kind: CaseKind;
  regime: Regime;
  /** The date of receipt in Europe/London (from the deadline engine's receiptDate). */
  receivedDate: IsoDate;
  requester: Requester;
  summary: string;
  questions?: CaseQuestion[];
  assignee?: string;
  department?: string;
  links?: CaseLink[];
  /** The email the request came in; registering the same email again gives the same case. */
  source?: SourceMessage;
  /** For requests without an email (phone, letter): a key the caller keeps, so retries are safe. */
  registrationKey?: string;
}

export interface Registration {
  stored: StoredCase;
  /** False when the message was already registered (by this officer or another). */
  created: boolean;
}

/** Due dates from the deadline engine; the repository recomputes them on every save. */
export type CaseDeadlines = (c: {
  regime: Regime;
  receivedDate: IsoDate;
  clockEvents: ClockEvent[];
}) => {
  dueDate: IsoDate | null;
  extendedDueDate?: IsoDate;
};

export type CaseOrder = "dueDate" | "receivedDate" | "reference";

/** A query the register can answer without scanning (every field here is an indexed column). */
export interface CaseQuery {
  status?: CaseStatus[];
  assignee?: string;
  department?: string;
  receivedFrom?: IsoDate;
  receivedTo?: IsoDate;
  dueOnOrBefore?: IsoDate;
  orderBy?: CaseOrder;
}

export interface CaseChanges {
  /** Cases created or changed since the token (latest state of each). */
  changed: StoredCase[];
  /** Ids ({@link StoredCase.id}) of cases removed since the token. */
  removed: string[];
  /** Pass back next time to get only what changed after this call. */
  token: string;
  /** True when the old token had expired: `changed` is then everything, so replace the local copy. */
  resynced: boolean;
}

export interface CaseRepository {
  /** Registers a request; idempotent on the source message (or registration key). */
  register(input: NewCase, actor: string): Promise<RegisterResult<Registration>>;
  get(reference: string): Promise<RegisterResult<StoredCase>>;
  findByMessage(internetMessageId: string): Promise<RegisterResult<StoredCase | null>>;
  /**
   * Saves `next` over `previous` if nobody changed it since `previous` was read; otherwise
   * a `conflict` problem carrying the latest version (reload or merge).
   */
  save(
    previous: StoredCase,
    next: FoiCase,
    actor: string,
    action: string,
  ): Promise<RegisterResult<StoredCase>>;
  /** Moves a case by a workflow event (caseStatus.ts) and saves it. */
  transition(
    previous: StoredCase,
    event: CaseEvent,
    context: TransitionContext,
  ): Promise<RegisterResult<StoredCase>>;
  list(query?: CaseQuery): Promise<RegisterResult<StoredCase[]>>;
  /** Changes since `token` (all cases when no token is given). */
  changes(token?: string): Promise<RegisterResult<CaseChanges>>;
  settings(): Promise<RegisterResult<CouncilSettings>>;
  /** Saves the council's settings (a reference format that cannot work is refused). */
  saveSettings(settings: CouncilSettings, actor: string): Promise<RegisterResult<CouncilSettings>>;
  /**
   * Adds a case from a council's earlier log, keeping its reference (a clash is a `duplicate`
   * problem) and moving the reference counter past it, so new numbers continue after it.
   * Idempotent on the reference: importing the same row again gives `duplicate`.
   */
  importCase(c: FoiCase, actor: string): Promise<RegisterResult<StoredCase>>;
}

/** Settings used until a council saves its own (FOI Settings list, key "council"). */
export const defaultCouncilSettings: CouncilSettings = {
  councilName: "Your council",
  referenceFormat: "FOI/{YYYY}/{SEQ:4}",
  extraReferencePatterns: [],
  nation: "england-and-wales",
  contactEmail: "foi@example.gov.uk",
  postalAddress: "",
  signature: ["Information Governance Team"],
  reviewContact: "The Information Governance Manager",
  costLimitPounds: 450,
};
