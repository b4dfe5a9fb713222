import { writeFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { CauseCode } from "../../contracts.js";
import { openDb } from "../../store/db.js";
import { findIncidentIds, type IncidentFilter, readIncident, summarise } from "../../store/read.js";
import { listSources, type SourceStatus } from "../../store/sources.js";
import { EXIT, UsageError } from "../exit.js";
import { toCsv, toTable } from "../output.js";
import { dbOption, defaultDb, formatOption, isoOption } from "./common.js";

export function registerStoreViews(program: Command): void {
  dbOption(
    program
      .command("sources")
      .description("one row per input ever given, with its status and reason")
      .addOption(
        new Option("--status <status>", "only this status").choices(["ok", "failed", "skipped", "pending"]),
      )
      .addOption(formatOption(["table", "jsonl"], "table")),
  ).action((opts: { db?: string; status?: SourceStatus; format: string }) => {
    const db = openDb(opts.db ?? defaultDb());
    const rows = listSources(db, opts.status).map((s) => ({
      url: s.input,
      status: s.status,
      error: s.error,
      http_status: s.http_status,
      final_url: s.final_url,
      fetched_at: s.fetched_at,
      content_hash: s.content_hash,
      duplicate_of: s.duplicate_of,
    }));
    db.close();
    if (opts.format === "jsonl") for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    else
      process.stdout.write(
        toTable(rows.map(({ content_hash, ...r }) => ({ ...r, content_hash: content_hash?.slice(0, 12) }))),
      );
  });

  dbOption(
    program
      .command("query")
      .description("filter incidents")
      .option("--service <s>", "service name contains")
      .option("--operator <o>", "operator name contains")
      .addOption(new Option("--cause <code>", "stated cause").choices([...CauseCode.options]))
      .option("--since <date>", "incidents still going on or ended after this", isoOption)
      .option("--until <date>", "incidents started before this", isoOption)
      .option("--text <q>", "full-text search over article text (Korean words of any length)")
      .addOption(formatOption(["table", "json", "jsonl", "csv"], "table")),
  ).action((opts: IncidentFilter & { db?: string; format: string }) => {
    const db = openDb(opts.db ?? defaultDb());
    const records = findIncidentIds(db, opts).map((id) => readIncident(db, id)!);
    db.close();
    if (opts.format === "json") process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
    else if (opts.format === "jsonl") for (const r of records) process.stdout.write(`${JSON.stringify(r)}\n`);
    else if (opts.format === "csv") process.stdout.write(toCsv(records.map(summarise)));
    else process.stdout.write(toTable(records.map(summarise)));
  });

  dbOption(
    program
      .command("show")
      .description("one incident with its facts, the articles that report it and the evidence sentences")
      .argument("<incident-id>", "incident id (from query)")
      .addOption(formatOption(["text", "json"], "text")),
  ).action((idText: string, opts: { db?: string; format: string }) => {
    const id = Number(idText);
    if (!Number.isInteger(id) || id < 1) throw new UsageError(`not an incident id: ${idText}`);
    const db = openDb(opts.db ?? defaultDb());
    const r = readIncident(db, id);
    db.close();
    if (!r) {
      process.stderr.write(`jangae: no incident ${id}\n`);
      process.exitCode = EXIT.fatal;
      return;
    }
    if (opts.format === "json") {
      process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      return;
    }
    const ev = (e: { source: string; sentence: number; rule: string; text: string }) =>
      `\n        “${e.text}” (${e.source} #${e.sentence}, ${e.rule})`;
    const lines = [`incident ${r.id}: ${r.start ?? "?"} → ${r.end ?? "?"}`];
    lines.push("  operators:", ...r.operators.map((o) => `    ${o.canonical ?? o.name}${ev(o.evidence)}`));
    lines.push("  services:", ...r.services.map((s) => `    ${s.name} [${s.status}]${ev(s.evidence)}`));
    lines.push(
      "  causes:",
      ...r.causes.map(
        (c) => `    ${c.negated ? "ruled out: " : ""}${c.code} (${c.certainty})${ev(c.evidence)}`,
      ),
    );
    lines.push(
      "  claims:",
      ...r.claims.map(
        (c) =>
          `    ${c.kind}${c.at ? ` @ ${c.at}` : ""}${c.claimant ? ` — ${c.claimant}` : ""}${ev(c.evidence)}`,
      ),
    );
    if (r.progress.length)
      lines.push(
        "  progress:",
        ...r.progress.map(
          (p) => `    ${p.restored}/${p.total}${p.scope ? ` (${p.scope})` : ""}${ev(p.evidence)}`,
        ),
      );
    lines.push(
      "  articles:",
      ...r.articles.map((a) => `    ${a.published ?? "?"}  ${a.outlet ?? ""}  ${a.title ?? ""}  ${a.source}`),
    );
    process.stdout.write(`${lines.join("\n")}\n`);
  });

  dbOption(
    program
      .command("export")
      .description("all incidents with their facts, evidence and sources")
      .addOption(formatOption(["json", "jsonl", "csv"], "jsonl"))
      .option("--out <file>", "write to a file instead of stdout"),
  ).action((opts: { db?: string; format: string; out?: string }) => {
    const db = openDb(opts.db ?? defaultDb());
    const records = findIncidentIds(db, {}).map((id) => readIncident(db, id)!);
    db.close();
    const text =
      opts.format === "json"
        ? `${JSON.stringify(records, null, 2)}\n`
        : opts.format === "csv"
          ? toCsv(records.map((r) => ({ ...summarise(r), source_urls: r.sources.join(" ") })))
          : records.map((r) => `${JSON.stringify(r)}\n`).join("");
    if (opts.out) writeFileSync(opts.out, text);
    else process.stdout.write(text);
  });
}
