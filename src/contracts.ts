// The typed contracts between pipeline stages, in one place.
// fetch → article → text → extract → store → cli: each stage consumes the
// previous stage's output type and produces its own.
import { z } from "zod";

/** ISO 8601 with an offset, or a bare date (YYYY-MM-DD, YYYY-MM, YYYY) when only that much is known. */
export const IsoTime = z.string();

// ── fetch ────────────────────────────────────────────────────────────────
export const FetchStatus = z.enum(["ok", "failed", "skipped"]);
export type FetchStatus = z.infer<typeof FetchStatus>;

export const FetchedPage = z.object({
  url: z.string(),
  finalUrl: z.string(),
  status: FetchStatus,
  /** Human-readable reason when not ok: "HTTP 404", "timed out after 3000 ms", … */
  reason: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  contentType: z.string().nullable(),
  charset: z.string().nullable(),
  /** Decoded page text (HTML or plain text); null when nothing usable was received. */
  body: z.string().nullable(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  fetchedAt: z.string(),
  notModified: z.boolean().default(false),
});
export type FetchedPage = z.infer<typeof FetchedPage>;

// ── article ──────────────────────────────────────────────────────────────
export const Language = z.enum(["kor", "eng", "und"]).or(z.string());

export const Article = z.object({
  /** The path or URL as given by the user. */
  source: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable().default(null),
  published: IsoTime.nullable(),
  updated: IsoTime.nullable().default(null),
  /** ISO 639-3 code from language detection (kor, eng, …) or "und". */
  language: z.string(),
  /** The cleaned body: boilerplate removed, repeated paragraphs dropped, paragraphs separated by "\n\n". */
  text: z.string(),
  captions: z.array(z.string()).default([]),
});
export type Article = z.infer<typeof Article>;

// ── text ─────────────────────────────────────────────────────────────────
export const Sentence = z.object({
  index: z.number().int(),
  /** UTF-16 offsets into Article.text. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  paragraph: z.number().int(),
});
export type Sentence = z.infer<typeof Sentence>;

// ── extract ──────────────────────────────────────────────────────────────
/** Where a fact came from: the sentence, the character span inside the article text, and the rule. */
export const Evidence = z.object({
  sentence: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  rule: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ServiceStatus = z.enum(["down", "degraded", "restored", "unaffected"]);
export type ServiceStatus = z.infer<typeof ServiceStatus>;

export const ServiceFact = z.object({
  name: z.string(),
  canonical: z.string().nullable(),
  status: ServiceStatus,
  evidence: Evidence,
});
export type ServiceFact = z.infer<typeof ServiceFact>;

export const OperatorFact = z.object({
  name: z.string(),
  canonical: z.string().nullable(),
  evidence: Evidence,
});
export type OperatorFact = z.infer<typeof OperatorFact>;

export const CauseCode = z.enum([
  "fire",
  "power",
  "migration",
  "maintenance",
  "traffic_surge",
  "network",
  "hardware",
  "software",
  "human_error",
  "cyberattack",
  "third_party",
  "disaster",
]);
export type CauseCode = z.infer<typeof CauseCode>;

export const CauseFact = z.object({
  code: CauseCode,
  negated: z.boolean(),
  /** stated: asserted; suspected: hedged (추정, 가능성); withdrawn: suspected first, then found otherwise. */
  certainty: z.enum(["stated", "suspected", "withdrawn"]),
  confidence: z.number().min(0).max(1),
  evidence: Evidence,
});
export type CauseFact = z.infer<typeof CauseFact>;

export const ClaimKind = z.enum(["restored", "partial", "expected", "no_eta"]);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const ClaimFact = z.object({
  kind: ClaimKind,
  at: IsoTime.nullable(),
  claimant: z.string().nullable(),
  quote: z.string().nullable(),
  evidence: Evidence,
});
export type ClaimFact = z.infer<typeof ClaimFact>;

export const ProgressFact = z.object({
  restored: z.number().nullable(),
  total: z.number().nullable(),
  percent: z.number().nullable(),
  /** null for the overall figure, otherwise the subset it counts (e.g. "1등급"). */
  scope: z.string().nullable(),
  at: IsoTime.nullable(),
  evidence: Evidence,
});
export type ProgressFact = z.infer<typeof ProgressFact>;

export const TimeFact = z.object({
  value: IsoTime,
  evidence: Evidence,
});
export type TimeFact = z.infer<typeof TimeFact>;

export const Incident = z.object({
  /** true for the article's headline outage, false for a past outage mentioned as background. */
  headline: z.boolean(),
  services: z.array(ServiceFact),
  operators: z.array(OperatorFact),
  start: IsoTime.nullable(),
  end: IsoTime.nullable(),
  startEvidence: Evidence.nullable(),
  endEvidence: Evidence.nullable(),
  causes: z.array(CauseFact),
  claims: z.array(ClaimFact),
  progress: ProgressFact.nullable(),
  /** The article says the cause is still being investigated (원인 파악 중). */
  causeUnderInvestigation: z.boolean().default(false),
});
export type Incident = z.infer<typeof Incident>;

/** The per-article extraction record: the FORMAT.md §3 contract plus evidence. */
export const Extraction = z.object({
  source: z.string(),
  article: z.object({
    url: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: IsoTime.nullable(),
    language: z.string(),
    text: z.string(),
  }),
  incidents: z.array(Incident),
  /** Services said to be unaffected: kept for explanation, never listed as affected. */
  unaffected: z.array(ServiceFact).default([]),
});
export type Extraction = z.infer<typeof Extraction>;
