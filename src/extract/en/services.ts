import type { Sentence, ServiceFact, ServiceStatus } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { GazetteerMatcher } from "../gazetteer.js";
import { notYet } from "./claims.js";
import { type EnglishCues, wholePiece } from "./cues.js";
import { EMPTY_MODIFIERS } from "./lexicon.js";
import {
  chunkPhrases,
  objectPhrases,
  type Phrase,
  type PhraseContext,
  subjectPhrases,
} from "./noun-phrase.js";

export interface ServiceMention extends ServiceFact {
  /** Operator the gazetteer links this service to, if any. */
  operator: string | null;
  /** The possessor written before the name ("Korea Post" of "Korea Post's banking"). */
  owner: string | null;
  /** Offsets of the phrase inside the sentence. */
  at: { start: number; end: number };
}

export interface ServiceEnv {
  cues: EnglishCues;
  services: GazetteerMatcher;
  isOrganisation(name: string): boolean;
}

export interface ServiceFindings {
  services: ServiceMention[];
  /** The status this sentence reports, for a following "They include …". */
  status: ServiceStatus | null;
}

const STATUS_RANK: Record<ServiceStatus, number> = { down: 3, degraded: 2, restored: 1, unaffected: 0 };

/**
 * Services in one sentence: the noun phrases the discovery rules point at,
 * then gazetteer names in any sentence that reports a status.
 */
export function findServices(
  sentence: Sentence,
  env: ServiceEnv,
  ctx: PhraseContext,
  previous: ServiceStatus | null,
): ServiceFindings {
  const s = sentence.text;
  const head = wholePiece(env.cues, "service_head");
  const generic = wholePiece(env.cues, "generic_alone");
  const found = new Map<string, ServiceMention>();
  const taken: Array<{ start: number; end: number }> = [];
  const statuses: ServiceStatus[] = [];

  const add = (p: Phrase, status: ServiceStatus, rule: string, sibling = false) => {
    let name = p.text
      .replace(/\s+/g, " ")
      .replace(/^["“'‘]+|["”'’,]+$/gu, "")
      .trim();
    // "a nationwide KT internet outage": the name is what is left after scale words and the operator.
    if (rule.endsWith(".compound_outage")) name = withoutOperator(withoutEmptyModifiers(name), env);
    if (
      generic.test(name) &&
      p.withOwner !== p.text &&
      (p.owner === "its" || env.isOrganisation(p.owner ?? ""))
    ) {
      name = p.withOwner.replace(/\s+/g, " ").trim();
    }
    if (!(sibling ? plausibleSibling(name, env, generic) : acceptable(name, env, head, generic))) return;
    taken.push({ start: p.start, end: p.end });
    const key = name.toLowerCase().replace(/[\s\p{P}]+/gu, "");
    if (found.has(key)) return;
    const entry = env.services.lookup(p.withOwner) ?? env.services.lookup(name);
    found.set(key, {
      name,
      canonical: entry?.canonical ?? null,
      status: p.negated ? "unaffected" : status,
      operator: entry?.operator ?? null,
      owner: p.owner && p.owner !== "its" ? p.owner : null,
      at: { start: p.start, end: p.end },
      evidence: evidenceOf(sentence, rule),
    });
  };

  const listRules: Array<{ from: number; to: number; rule: string; status: ServiceStatus }> = [];
  for (const { rule, regex } of env.cues.services) {
    regex.lastIndex = 0;
    for (const m of s.matchAll(regex)) {
      const status: ServiceStatus = rule.status ?? "down";
      const name = m.groups?.name;
      // A name captured in a lookahead follows the match; one inside it is found by position.
      const inside = name !== undefined ? m[0].lastIndexOf(name) : -1;
      const nameStart = name === undefined ? m.index : inside >= 0 ? m.index + inside : m.index + m[0].length;
      if (rule.take === "list") {
        if (name) listRules.push({ from: nameStart, to: nameStart + name.length, rule: rule.id, status });
        continue;
      }
      if (status === "restored" && notYet(s, m.index)) continue;
      statuses.push(status);
      let phrases: Phrase[];
      if (rule.take === "before") phrases = subjectPhrases(ctx, m.index);
      else if (!name) continue;
      else if (rule.id.endsWith(".unable")) {
        // What other businesses could not do is a knock-on effect ("restaurant owners could not take payments").
        if (knockOn(env.cues).test(s.slice(0, m.index))) continue;
        phrases = chunkPhrases(ctx, nameStart);
      } else phrases = objectPhrases(ctx, nameStart, nameStart + name.length);
      const before = found.size;
      for (const p of phrases) add(p, status, rule.id);
      // Items listed with a service are services too ("its search engine, Naver Mail and Naver Cafe").
      if (found.size > before && !rule.id.endsWith(".unable"))
        for (const p of phrases) add(p, status, rule.id, true);
    }
  }
  const own = strongest(statuses);
  for (const l of listRules) {
    // An enumeration counts in a sentence that reports a status, or opens one ("They include …") right after it.
    const status = own ?? (l.from < 25 ? previous : null);
    if (!status) continue;
    for (const p of objectPhrases(ctx, l.from, l.to))
      add(p, status === "unaffected" ? status : l.status, l.rule);
  }
  if (own) {
    const sentenceStatus = statusOfSentence(s, env.cues, own);
    for (const hit of env.services.find(s)) {
      if (taken.some((t) => hit.index >= t.start && hit.end <= t.end)) continue;
      add(
        {
          text: hit.surface,
          start: hit.index,
          end: hit.end,
          owner: null,
          withOwner: hit.surface,
          negated: false,
        },
        sentenceStatus,
        "en.service.gazetteer",
      );
    }
  }
  return { services: [...found.values()], status: own ?? null };
}

function strongest(statuses: ServiceStatus[]): ServiceStatus | null {
  if (!statuses.length) return null;
  return statuses.reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a));
}

function statusOfSentence(s: string, cues: EnglishCues, own: ServiceStatus): ServiceStatus {
  if (own !== "unaffected" && cues.piece("partial_cue").test(s)) return "degraded";
  return own;
}

function acceptable(name: string, env: ServiceEnv, head: RegExp, generic: RegExp): boolean {
  if (name.length < 2 || generic.test(name) || generic.test(withoutEmptyModifiers(name))) return false;
  if (/^[\d\s.,:%-]+$/.test(name)) return false;
  if (env.isOrganisation(name)) return false;
  if (env.services.lookup(name) || env.services.find(name).length) return true;
  // The head is the last word before any prepositional phrase: "logins through Kakao accounts".
  const core = name.replace(/\s\((?:[^)]{1,20})\)/gu, "").split(/\s(?:of|for|through|to|via)\s/u)[0]!;
  const last = core.split(/\s/).at(-1) ?? "";
  if (hardware(env.cues).head.test(last) && !hardware(env.cues).qualifier.test(name)) return false;
  return head.test(last);
}

function withoutEmptyModifiers(name: string): string {
  const words = name.split(" ");
  let i = 0;
  while (i < words.length - 1 && EMPTY_MODIFIERS.has(words[i]!.toLowerCase())) i++;
  return words.slice(i).join(" ");
}

function withoutOperator(name: string, env: ServiceEnv): string {
  const words = name.split(" ");
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (env.isOrganisation(words.slice(0, n).join(" "))) return words.slice(n).join(" ");
  }
  return name;
}

/** An item listed next to a service: anything name-like that is not generic, an organisation or a bare number. */
function plausibleSibling(name: string, env: ServiceEnv, generic: RegExp): boolean {
  if (name.length < 3 || generic.test(name) || generic.test(withoutEmptyModifiers(name))) return false;
  if (/^[\d\s.,:%-]+$/.test(name) || env.isOrganisation(name)) return false;
  return /\s/.test(name) || /^\p{Lu}/u.test(name);
}

const hardwareByCues = new WeakMap<EnglishCues, { head: RegExp; qualifier: RegExp }>();

/** "database server" is a failed part; "DNS servers" a service. */
function hardware(cues: EnglishCues): { head: RegExp; qualifier: RegExp } {
  let h = hardwareByCues.get(cues);
  if (!h) {
    h = {
      head: wholePiece(cues, "hardware_head"),
      qualifier: new RegExp(`\\b(?:${cues.piece("hardware_service_word").source})\\b`, "iu"),
    };
    hardwareByCues.set(cues, h);
  }
  return h;
}

const knockOnByCues = new WeakMap<EnglishCues, RegExp>();

function knockOn(cues: EnglishCues): RegExp {
  let re = knockOnByCues.get(cues);
  if (!re) {
    re = new RegExp(`\\b(?:${cues.piece("third_party_people").source})\\b`, "iu");
    knockOnByCues.set(cues, re);
  }
  return re;
}
