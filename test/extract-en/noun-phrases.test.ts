import { describe, expect, it } from "vitest";
import { englishExtractor } from "../../src/extract/en/index.js";
import { chunkPhrases, objectPhrases, subjectPhrases } from "../../src/extract/en/noun-phrase.js";
import { phraseContext } from "../../src/extract/en/sentence-facts.js";
import { EnglishTimeResolver } from "../../src/extract/en/time/index.js";

const { cues, matchers } = englishExtractor();
const ctx = (text: string) => phraseContext(text, [], cues, matchers);
const names = (phrases: Array<{ text: string }>) => phrases.map((p) => p.text);

const subject = (text: string, verb: string) => names(subjectPhrases(ctx(text), text.indexOf(verb)));
const object = (text: string, after: string) =>
  names(objectPhrases(ctx(text), text.indexOf(after) + after.length));

describe("English noun phrases", () => {
  it("reads the subject from the start of its clause, past a relative clause", () => {
    expect(
      subject(
        "The administrative network that local governments use across the country crashed Friday.",
        "crashed",
      ),
    ).toEqual(["administrative network"]);
    expect(subject("Some data was lost at the bad ports and authentication slowed down.", "slowed")).toEqual([
      "authentication",
    ]);
  });

  it("splits a list and expands a shared head", () => {
    expect(
      subject(
        "Check card payments, internet and mobile banking, ATM withdrawals and insurance claims were restored.",
        "were",
      ),
    ).toEqual([
      "Check card payments",
      "internet and mobile banking",
      "internet banking",
      "mobile banking",
      "ATM withdrawals",
      "insurance claims",
    ]);
  });

  it("keeps a coordination that names one thing and splits one that names two", () => {
    expect(object("Post offices resumed accepting ordinary letters and parcels.", "resumed ")).toEqual([
      "ordinary letters and parcels",
    ]);
    expect(object("The fire took KakaoTalk and other Kakao services offline.", "took ")).toEqual([
      "KakaoTalk",
      "Kakao services",
    ]);
  });

  it("drops an appositive, keeping a name it adds", () => {
    expect(
      subject(
        "Government24, the online portal where people print documents at home, went down as well.",
        "went",
      ),
    ).toEqual(["Government24"]);
    expect(
      subject("Korail's website and its mobile booking app, Korail Talk, stopped responding.", "stopped"),
    ).toEqual(["website", "mobile booking app", "Korail Talk"]);
  });

  it("takes the possessor off the name and keeps it as the owner", () => {
    const a = "Daon Securities' mobile trading system (MTS) crashed.";
    const [p] = subjectPhrases(ctx(a), a.indexOf("crashed"));
    expect(p).toMatchObject({ text: "mobile trading system (MTS)", owner: "Daon Securities" });
    const b = "Broadband internet service of Gaon Telecom was disrupted.";
    const [q] = subjectPhrases(ctx(b), b.indexOf("was"));
    expect(q).toMatchObject({ text: "Broadband internet service", owner: "Gaon Telecom" });
  });

  it("ends an object list at a time, a clause or an attribution", () => {
    const text =
      "Korea Post had suspended its internet and mobile banking, ATM withdrawals and transfers between Korea Post accounts and other banks from 12 a.m. on May 5.";
    const times = new EnglishTimeResolver("2023-05-08T14:40:00+09:00", {
      statementVerb: cues.piece("statement_verb"),
      futureCue: cues.piece("future_cue"),
    }).parse(text);
    const c = phraseContext(text, times, cues, matchers);
    const at = text.indexOf("suspended ") + "suspended ".length;
    expect(names(objectPhrases(c, at))).toEqual([
      "internet and mobile banking",
      "internet banking",
      "mobile banking",
      "ATM withdrawals",
      "transfers",
    ]);
  });

  it("finds service-like chunks after 'could not', skipping the verbs", () => {
    const text = "Customers could not log in to its mobile banking app or send money for hours.";
    expect(names(chunkPhrases(ctx(text), text.indexOf("log")))).toContain("mobile banking app");
  });
});
