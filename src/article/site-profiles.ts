// Site profiles: per-outlet extraction rules kept as data in rules/sites/*.yaml.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, LineCounter, parseDocument } from "yaml";
import { z } from "zod";

const Selectors = z.array(z.string().min(1)).default([]);

const ValueSource = z
  .object({
    selector: z.string().min(1),
    /** Attribute to read; the element's text when absent. */
    attr: z.string().min(1).optional(),
    /** How to read the value: auto understands ISO, Korean date lines, compact digits and epochs. */
    format: z.enum(["auto", "compact", "epoch-ms", "epoch-s"]).default("auto"),
  })
  .strict();

export const SiteProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id must be lower-case letters, digits and dashes"),
    /** The outlet's name as readers know it (e.g. "연합뉴스"). */
    outlet: z.string().min(1),
    /** Host names; a page matches when its host equals one or ends with "." + one. */
    hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/, "hosts are bare lower-case host names")).min(1),
    /** Body selectors, tried in order; the first that yields enough text wins. */
    body: Selectors,
    /** Elements to remove inside the body (ads, related boxes, bylines). */
    drop: Selectors,
    /** Caption elements inside the body: their text goes to Article.captions. */
    captions: Selectors,
    title: Selectors,
    published: z.array(ValueSource).default([]),
    updated: z.array(ValueSource).default([]),
    /** Where the real publisher is named on aggregator pages (Naver, Daum). */
    outletFrom: z
      .array(
        ValueSource.omit({ format: true }).extend({
          strip: z.string().optional(),
        }),
      )
      .default([]),
  })
  .strict();

export type SiteProfile = z.infer<typeof SiteProfileSchema> & { file: string };
export type ValueSourceRule = z.infer<typeof ValueSource>;

export class ProfileError extends Error {
  override name = "ProfileError";
}

export const DEFAULT_PROFILE_DIR = fileURLToPath(new URL("../../rules/sites/", import.meta.url));

function positionOf(lineCounter: LineCounter, offset: number | undefined): string {
  if (offset === undefined) return "1:1";
  const { line, col } = lineCounter.linePos(offset);
  return `${line}:${col}`;
}

/** Parses one profile's YAML text; errors read `file:line:col: problem`. */
export function parseSiteProfile(text: string, file: string): SiteProfile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = yamlError.linePos?.[0];
    const where = pos ? `${pos.line}:${pos.col}` : positionOf(lineCounter, yamlError.pos[0]);
    throw new ProfileError(`${file}:${where}: ${yamlError.message.split("\n")[0]}`);
  }
  if (!isMap(doc.contents)) throw new ProfileError(`${file}:1:1: a site profile must be a YAML mapping`);
  const parsed = SiteProfileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    // Point at the deepest node that exists on the issue's path.
    let offset: number | undefined;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === "object" && node.range) {
        offset = node.range[0];
        break;
      }
    }
    const label = path.length ? `${path.join(".")}: ` : "";
    throw new ProfileError(`${file}:${positionOf(lineCounter, offset)}: ${label}${issue.message}`);
  }
  return { ...parsed.data, file };
}

/** Loads and validates every rules/sites/*.yaml profile (sorted by file name). */
export function loadSiteProfiles(dir: string = DEFAULT_PROFILE_DIR): SiteProfile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new ProfileError(`${dir}: cannot read the site profile directory (${(error as Error).message})`);
  }
  const files = names.filter((f) => /\.ya?ml$/.test(f)).sort();
  const profiles = files.map((f) => parseSiteProfile(readFileSync(join(dir, f), "utf8"), join(dir, f)));
  const seen = new Map<string, string>();
  for (const p of profiles) {
    const other = seen.get(p.id);
    if (other)
      throw new ProfileError(`${p.file}:1:1: profile id "${p.id}" is also used by ${basename(other)}`);
    seen.set(p.id, p.file);
  }
  return profiles;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** The profile whose host pattern matches the URL most specifically. */
export function profileForUrl(
  profiles: readonly SiteProfile[],
  url: string | null | undefined,
): SiteProfile | null {
  const host = hostOf(url);
  if (!host) return null;
  let best: SiteProfile | null = null;
  let bestLength = -1;
  for (const profile of profiles) {
    for (const pattern of profile.hosts) {
      if ((host === pattern || host.endsWith(`.${pattern}`)) && pattern.length > bestLength) {
        best = profile;
        bestLength = pattern.length;
      }
    }
  }
  return best;
}

let defaultProfiles: SiteProfile[] | null = null;

/** The bundled profiles, loaded once. */
export function bundledProfiles(): SiteProfile[] {
  defaultProfiles ??= loadSiteProfiles();
  return defaultProfiles;
}
