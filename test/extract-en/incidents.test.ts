import { describe, expect, it } from "vitest";
import { Extraction } from "../../src/contracts.js";
import { extract, fixture } from "./article.js";

const names = (list: Array<{ name: string }>) => list.map((x) => x.name);

describe("English articles → incidents", () => {
  it("reads a whole outage report: services, operator, times, causes and claims", () => {
    const { text, published } = fixture("kt-outage-en");
    const out = extract(text, published);
    expect(() => Extraction.parse(out)).not.toThrow();
    expect(out.incidents).toHaveLength(1);
    const [inc] = out.incidents;
    expect(inc!.headline).toBe(true);
    expect(names(inc!.services)).toContain("wired and wireless internet services");
    expect(inc!.operators.map((o) => o.canonical)).toEqual(["KT"]);
    expect(inc!.start).toBe("2021-10-25T11:20:00+09:00");
    expect(inc!.end).toBe("2021-10-25T12:45:00+09:00");
    expect(inc!.causes.map((c) => `${c.code}${c.negated ? " ruled out" : ""}`).sort()).toEqual([
      "cyberattack ruled out",
      "network",
    ]);
    expect(inc!.claims.map((c) => `${c.kind}@${c.at}`)).toEqual(["restored@2021-10-25T12:45:00+09:00"]);
    for (const s of inc!.services) expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
  });

  it("finds no incident in a disaster-recovery drill full of outage words", () => {
    const out = extract(
      [
        "Ministry rehearses data center blackout",
        "The interior ministry held a disaster-recovery drill on Thursday, simulating a power cut at a government data center.",
        "In the exercise, staff pretended that the Government24 portal had gone down at 10 a.m. and moved it to a backup site.",
        "The simulated services were restored within 35 minutes, the ministry said.",
        "No real services were interrupted, and Government24 ran normally throughout the day.",
      ].join("\n\n"),
      "2024-05-23T17:20:00+09:00",
    );
    expect(out.incidents).toEqual([]);
  });

  it("ends the outage by its stated length and dates the restoration by it", () => {
    const out = extract(
      [
        "Customers of Hanul Bank could not log in to its mobile banking app for about 2.5 hours on Tuesday, the bank said.",
        "The app went down at around 3:14 p.m. Tuesday after a storage device failed at its data center.",
        "Log-ins and transfers were restored after the bank switched to a backup system.",
        "Internet banking on PCs and ATMs were not affected.",
        "The bank said it had found no sign of hacking.",
      ].join("\n\n"),
      "2024-03-12T20:10:00+09:00",
    );
    const [inc] = out.incidents;
    expect(inc!.start).toBe("2024-03-12T15:14:00+09:00");
    expect(inc!.end).toBe("2024-03-12T17:44:00+09:00");
    expect(inc!.claims).toContainEqual(
      expect.objectContaining({ kind: "restored", at: "2024-03-12T17:44:00+09:00" }),
    );
    expect(inc!.operators.map((o) => o.name)).toEqual(["Hanul Bank"]);
    expect(inc!.causes.map((c) => [c.code, c.negated])).toEqual(
      expect.arrayContaining([
        ["hardware", false],
        ["cyberattack", true],
      ]),
    );
    expect(names(out.unaffected)).toEqual(expect.arrayContaining(["Internet banking", "ATMs"]));
    expect(names(inc!.services)).not.toContain("ATMs");
  });

  it("keeps an outage recalled as background as its own, later incident", () => {
    const out = extract(
      [
        "The trading app of Gyeol Securities crashed at 9 a.m. Tuesday as investors rushed to trade, and orders went through again from 9:40 a.m.",
        "It is the brokerage's second outage in a year. A server fault caused a 3-hour outage of its trading app on June 3 last year.",
      ].join("\n\n"),
      "2025-02-11T11:05:00+09:00",
    );
    expect(out.incidents.map((i) => [i.headline, i.start])).toEqual([
      [true, "2025-02-11T09:00:00+09:00"],
      [false, "2024-06-03"],
    ]);
    expect(out.incidents[0]!.end).toBe("2025-02-11T09:40:00+09:00");
    expect(out.incidents[0]!.causes.map((c) => c.code)).toEqual(["traffic_surge"]);
    expect(out.incidents[1]!.causes.map((c) => c.code)).toEqual(["hardware"]);
    expect(out.incidents[1]!.operators.map((o) => o.name)).toEqual(["Gyeol Securities"]);
  });

  it("separates forward-looking, no-ETA and partial claims, each with its own time", () => {
    const out = extract(
      [
        "The government's online portal Government24 went down at around 9 a.m. Friday, the interior ministry said.",
        "As of 6 p.m., 12 of the 30 affected systems had been restored.",
        "Officials could not say when the remaining systems would be working normally again.",
        "The ministry said it expects Government24 to be back by 9 a.m. Saturday.",
      ].join("\n\n"),
      "2023-11-17T19:40:00+09:00",
    );
    const [inc] = out.incidents;
    expect(inc!.claims.map((c) => `${c.kind}@${c.at}`).sort()).toEqual([
      "expected@2023-11-18T09:00:00+09:00",
      "no_eta@null",
      "partial@2023-11-17T18:00:00+09:00",
    ]);
    expect(inc!.progress).toMatchObject({ restored: 12, total: 30 });
    expect(inc!.end).toBeNull();
    expect(inc!.operators.map((o) => o.canonical)).toEqual(["행정안전부"]);
    expect(inc!.services.map((s) => s.canonical)).toContain("정부24");
  });

  it("counts the vendor whose update broke things as a cause, not an operator", () => {
    const out = extract(
      [
        "Check-in systems at two budget airlines, Jeju Air and Jin Air, crashed at around 2 p.m. Friday after receiving a faulty update for a security program made by U.S. cybersecurity firm CrowdStrike.",
        "Officials ruled out a cyberattack.",
      ].join("\n\n"),
      "2024-07-20T10:30:00+09:00",
    );
    const [inc] = out.incidents;
    expect(inc!.operators.map((o) => o.canonical).sort()).toEqual(["제주항공", "진에어"]);
    expect(
      inc!.causes
        .filter((c) => !c.negated)
        .map((c) => c.code)
        .sort(),
    ).toEqual(["software", "third_party"]);
  });

  it("splits a planned suspension for a system switch into its own incident", () => {
    const out = extract(
      [
        "Korea Post's new banking system ran into trouble on Monday, as smartphone banking users were unable to finish text-message verification.",
        "To move to the new system, Korea Post had suspended its internet banking and ATM withdrawals from 12 a.m. on May 5 until 6 a.m. Monday.",
      ].join("\n\n"),
      "2023-05-08T14:40:00+09:00",
    );
    expect(out.incidents).toHaveLength(2);
    expect(out.incidents[1]).toMatchObject({
      headline: false,
      start: "2023-05-05T00:00:00+09:00",
      end: "2023-05-08T06:00:00+09:00",
    });
    expect(out.incidents[0]!.start).toBe("2023-05-08");
  });

  it("leaves out what other businesses could not do, and dates a restoration told in a when-clause", () => {
    const out = extract(
      [
        "Card payments at Haneul Mart stores failed on Sunday because of an error in the chain's point-of-sale network.",
        "Cashiers could only accept cash from 11 a.m. until about 1:50 p.m., when the network was restored.",
        "Restaurant owners nearby said they could not take payments either.",
      ].join("\n\n"),
      "2024-09-01T18:00:00+09:00",
    );
    const [inc] = out.incidents;
    expect(names(inc!.services)).toEqual(["Card payments"]);
    expect(inc!.start).toBe("2024-09-01T11:00:00+09:00");
    expect(inc!.end).toBe("2024-09-01T13:50:00+09:00");
    expect(inc!.operators.map((o) => o.name)).toEqual(["Haneul Mart"]);
  });

  it("keeps a dated outage whose services it cannot name", () => {
    const out = extract(
      [
        "LG Uplus Corp. said Friday that some subscribers in Busan could not make or receive calls on Thursday evening due to a fault in a core network device.",
        "The disruption began at 8:10 p.m. and service returned to normal at 8:42 p.m.",
      ].join("\n\n"),
      "2024-02-16T11:30:00+09:00",
    );
    expect(out.incidents).toHaveLength(1);
    expect(out.incidents[0]).toMatchObject({
      start: "2024-02-15T20:10:00+09:00",
      end: "2024-02-15T20:42:00+09:00",
    });
    expect(out.incidents[0]!.operators.map((o) => o.canonical)).toEqual(["LG유플러스"]);
  });
});
