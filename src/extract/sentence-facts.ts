import type { CauseFact, ProgressFact, Sentence } from "../contracts.js";
import type { GazetteerMatcher } from "./gazetteer.js";

/** What every rule pack finds in one sentence, before incidents are assembled; each pack adds its own time details. */
export interface SentenceFactsBase<Time, Service, Operator, Claim> {
  sentence: Sentence;
  times: Time[];
  services: Service[];
  operators: Operator[];
  causes: CauseFact[];
  claims: Claim[];
  progress: Array<Omit<ProgressFact, "at">>;
  outage: boolean;
  onset: boolean;
  /** Recalls an earlier, separate outage. */
  background: boolean;
  investigating: boolean;
}

/** The gazetteers a pack matches sentences against, built once per process. */
export interface Matchers {
  services: GazetteerMatcher;
  operators: GazetteerMatcher;
}
