// Schemas of the rule files under rules/<lang>/. Rules are data: these
// schemas are what a domain expert's YAML must satisfy.
import { z } from "zod";
import { CauseCode, ClaimKind, ServiceStatus } from "../../contracts.js";

const RuleId = z.string().regex(/^[a-z]{2}\.[a-z_]+\.[a-z0-9_.]+$/, "rule id must look like ko.family.name");

export const Example = z.object({
  text: z.string().min(1),
  expect: z.record(z.string(), z.unknown()).default({}),
});
export type Example = z.infer<typeof Example>;

const ruleFields = {
  id: RuleId,
  pattern: z.string().min(1),
  examples: z.array(Example).min(1, "every rule needs at least one example"),
  counter_examples: z.array(z.string()).default([]),
  note: z.string().optional(),
};

export const PiecesFile = z
  .object({ pieces: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.string()) })
  .strict();

/**
 * `frame: context` (default): the cue is a cause only when the sentence frames
 * it as one. `frame: cue`: the cue carries its own frame (배터리 교체 작업 중,
 * 오픈 첫 날), so any mention in an outage sentence counts.
 */
export const CauseRule = z
  .object({ ...ruleFields, code: CauseCode, frame: z.enum(["context", "cue"]).default("context") })
  .strict();
export const CausesFile = z.object({ rules: z.array(CauseRule) }).strict();

export const ClaimRule = z.object({ ...ruleFields, kind: ClaimKind }).strict();
export const ClaimsFile = z.object({ rules: z.array(ClaimRule) }).strict();

/** Named groups restored, total, percent, scope; `all_restored`: the match says all `total` are back. */
export const ProgressRule = z.object({ ...ruleFields, all_restored: z.boolean().default(false) }).strict();
export const ProgressFile = z.object({ rules: z.array(ProgressRule) }).strict();

export const GazetteerEntry = z
  .object({
    canonical: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    operator: z.string().optional(),
  })
  .strict();
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;

/**
 * A discovery rule's pattern finds a trigger; `take` says where the name is:
 * the noun phrase right before or after the match, the enumeration before
 * it, or the match's own `name` group.
 */
export const DiscoveryRule = z
  .object({
    ...ruleFields,
    take: z.enum(["before", "after", "list", "self"]),
    status: ServiceStatus.optional(),
  })
  .strict();
export const ServicesFile = z
  .object({ gazetteer: z.array(GazetteerEntry), rules: z.array(DiscoveryRule) })
  .strict();
export const OperatorsFile = z
  .object({ gazetteer: z.array(GazetteerEntry), rules: z.array(DiscoveryRule) })
  .strict();

export type CauseRule = z.infer<typeof CauseRule>;
export type ClaimRule = z.infer<typeof ClaimRule>;
export type ProgressRule = z.infer<typeof ProgressRule>;
export type DiscoveryRule = z.infer<typeof DiscoveryRule>;
