// Line-level cleaning shared by HTML bodies and plain-text input: bylines,
// e-mails, copyright and 제보 footers, hashtags, app/subscription prompts,
// broadcast script markers, photo captions and unrelated boxes.
import { isDateOnlyLine } from "./dates.js";

const NAME = String.raw`[가-힣]{2,4}(?:\s[가-힣]{2,3})?`;
const ROLE =
  "(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|수습기자|통신원|기상캐스터|리포터|논설위원|편집위원|칼럼니스트|PD|앵커)";
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;

/** "(서울=연합뉴스) 홍길동 기자 = ", "[이데일리 최영지 기자] ", "[세종=뉴스핌] 김범주 기자 = ". */
const LEAD_BYLINE = new RegExp(
  String.raw`^\s*(?:[\[(【〔<]\s*[^\])】〕>]{1,40}[\])】〕>]\s*)?(?:(?:${NAME}\s*${ROLE}(?:\s*[·,]\s*${NAME}\s*${ROLE})*)\s*(?:${EMAIL})?\s*=\s*|[\[(【]\s*${NAME}\s*${ROLE}\s*[\])】]\s*)|^\s*[\[(【〔]\s*[^\])】〕]{0,20}\s+${NAME}\s*${ROLE}\s*[\])】〕]\s*`,
  "u",
);
const LEAD_DATELINE = /^\s*[[(【〔]\s*[가-힣A-Za-z·\s]{1,12}=\s*[가-힣A-Za-z0-9\s]{1,12}[\])】〕]\s*/u;

const BYLINE_ONLY = new RegExp(
  String.raw`^[\s\-–—/·|]*(?:[A-Za-z0-9가-힣]{2,10}\s)?(?:(?:${NAME})\s*${ROLE}(?:\s*[·,/]\s*${NAME}\s*${ROLE})*\s*(?:[\[(<]?\s*${EMAIL}\s*[\])>]?)?|[\[(<]?\s*${EMAIL}\s*[\])>]?|(?:${NAME})\s*[\[(<]\s*${EMAIL}\s*[\])>])[\s.]*$`,
  "u",
);
const EMAIL_ONLY = new RegExp(String.raw`^[\s(\[<]*(?:${EMAIL}[\s,;)\]>]*)+$`);
const REPORTER_HANDOFF = new RegExp(
  String.raw`^(?:[A-Za-z가-힣]{2,10}\s)?${NAME}\s*${ROLE}(?:가|이)?\s*(?:입니다|보도합니다|전해드립니다)\.?$`,
  "u",
);
const SIGN_OFF = /^(?:[A-Za-z0-9가-힣]{2,12}\s){0,2}[가-힣]{2,4}입니다\.?$/u;

const COPYRIGHT =
  /(?:ⓒ|©|\(c\)\s|copyright\s|all rights reserved|무단\s*(?:전재|복제|배포|사용)|재\s*배포\s*금지|AI\s*(?:학습|활용)[^.]{0,20}금지|저작권자\s*[ⓒ©(]|저작권자\s*[:=])/i;
const TIP_LINE =
  /(?:제보\s*(?:하기|는|및|전화|메일|:|：|\)|>)|기사\s*문의|카톡\s*\/?\s*라인|jebo|제보\s*[가-힣]*\s*(?:카카오톡|카톡|이메일|전화|홈페이지))/i;
const TIP_PROMPT = /(?:당신의\s*제보가|당신이\s*담은\s*순간|여러분의\s*제보|제보를\s*기다립니다)/;
const CONTACT_LINE =
  /^[[(]?\s*(?:카카오톡|카톡|전화|메일|이메일|e-?mail|문자|홈페이지|라인|팩스|유튜브)\s*[\])]\s*[:：]?\s*\S|^(?:전화|팩스|이메일|메일)\s*[:：]\s*[\d@\w]/i;
const HASHTAGS = /^(?:#[^\s#]+\s*){1,}$/u;
const PROMO =
  /(?:구독\s*(?:하기|하세요|신청|버튼)|구독해\s*주세요|네이버에서\s*[^\n]{0,20}구독|채널\s*추가|앱\s*(?:다운로드|설치)|앱에서\s*(?:보기|확인)|뉴스레터|기사\s*더보기|바로\s*가기|바로가기|좋아요\s*(?:와|를)?\s*구독|알림\s*설정|친구\s*추가|무료\s*구독|전체\s*기사\s*보기|이\s*기사를\s*추천합니다|기사\s*추천|글자\s*크기|인쇄하기|공유하기|스크랩|페이스북\s*트위터|카카오톡\s*(?:공유|채널)|URL\s*복사|원문\s*(?:기사\s*)?보기|댓글\s*(?:쓰기|보기|\d+))/;
const ARROW_PREFIX = /^[▶▷☞►→>]\s*/;
const BROADCAST_MARKER =
  /[[〈<(【]\s*(?:앵커(?:\s*멘트)?|기자(?:\s*멘트)?|리포트|인터뷰|녹취|싱크|스탠드\s*업|클로징|CG|자막|현장음|리포터|영상\s*(?:취재|편집|디자인|제공)[^\]〉>)】]*|그래픽[^\]〉>)】]*|화면\s*제공[^\]〉>)】]*|촬영기자[^\]〉>)】]*|취재\s*(?:기자)?[^\]〉>)】]*|편집\s*[^\]〉>)】]*|자료\s*제공[^\]〉>)】]*|영상\s*출처[^\]〉>)】]*|구성[^\]〉>)】]*|연출[^\]〉>)】]*)\s*[\]〉>)】]/gu;
const BROADCAST_ONLY =
  /^(?:\s*[◀◁]\s*(?:앵커|기자|리포트)\s*[▶▷]\s*|\s*[[〈<【]\s*[^\]〉>】]{0,30}\s*[\]〉>】]\s*)+$/u;

const CREDIT_LABEL = String.raw`(?:촬영\s*기자|촬영|영상\s*취재|영상\s*편집|영상\s*디자인|영상\s*그래픽|그래픽|편집|자료\s*조사|CG|디자인|구성|연출|취재\s*지원|사진)`;
/** "촬영기자:박정민/영상편집:이지원" (broadcast credits without brackets). */
const CREDITS_ONLY = new RegExp(
  String.raw`^(?:${CREDIT_LABEL}\s*[:：]?\s*[가-힣]{2,4}(?:\s*[,·]\s*[가-힣]{2,4})*\s*[/|·,]?\s*)+$`,
  "u",
);

export const BOX_HEADING = new RegExp(
  String.raw`^\s*[▶▷■□◆◇●○※\-\s]*(?:` +
    [
      String.raw`BEST\s*뉴스`,
      String.raw`BEST\s*클릭`,
      String.raw`많이\s*본\s*(?:뉴스|기사)`,
      String.raw`많이\s*본\s*'?TOP\s*\d*'?`,
      String.raw`가장\s*많이\s*본\s*(?:뉴스|기사)?`,
      String.raw`관련\s*(?:기사|뉴스)(?:\s*(?:더보기|목록))?`,
      String.raw`이\s*시각\s*(?:주요|인기|많이\s*본)?\s*(?:뉴스|기사)`,
      String.raw`추천\s*(?:기사|뉴스)`,
      String.raw`인기\s*(?:기사|뉴스)`,
      String.raw`주요\s*(?:기사|뉴스)`,
      String.raw`오늘의\s*(?:주요|인기|핫)\s*(?:뉴스|기사)`,
      String.raw`실시간\s*(?:인기|주요|핫)?\s*(?:뉴스|기사|검색어)`,
      String.raw`랭킹\s*뉴스`,
      String.raw`핫\s*(?:뉴스|이슈|클릭)`,
      String.raw`HOT\s+[가-힣A-Za-z\s]{0,20}`,
      String.raw`최신\s*(?:뉴스|기사)`,
      String.raw`함께\s*(?:보면\s*좋은|볼만한|읽으면\s*좋은)\s*(?:뉴스|기사)?`,
      String.raw`(?:이\s*)?기자의\s*(?:다른|최신)\s*기사`,
      String.raw`다른\s*기사\s*보기`,
      String.raw`지금\s*이\s*뉴스`,
      String.raw`지금\s*뜨는\s*(?:뉴스|기사)`,
      String.raw`포토\s*뉴스`,
      String.raw`Most\s+(?:Viewed|Read|Popular)(?:\s+(?:News|Stories|Articles|Content))?`,
      String.raw`Related\s+(?:Articles|Stories|News|Coverage)`,
      String.raw`Recommended(?:\s+(?:for you|Stories|Articles))?`,
      String.raw`Headline\s+News`,
      String.raw`Trending(?:\s+Now)?`,
      String.raw`You\s+(?:may|might)\s+also\s+(?:like|enjoy)\.*`,
      String.raw`(?:Read|See)\s+(?:more|also|next)`,
      String.raw`More\s+(?:from|on|stories|news|coverage)(?:\s+[\w\s]{0,30})?`,
      String.raw`Also\s+read`,
      "Tags",
      String.raw`Share\s+this(?:\s+(?:article|story))?`,
      String.raw`Popular\s+(?:Stories|Articles|News|Posts|Now)`,
      String.raw`Latest\s+(?:News|Stories|Articles|Posts)`,
      String.raw`What\s+to\s+read\s+next`,
    ].join("|") +
    String.raw`)\s*[:>▶]*\s*$`,
  "iu",
);

/** "(사진=…)", "[사진=…]", "/뉴시스", "… 제공", "… 캡처" at the end of a short line. */
const CAPTION_TAIL =
  /(?:[[(<]\s*(?:사진|그래픽|자료|출처|이미지|영상|화면|제공)\s*[=:]?[^\])>]{0,40}[\])>]\s*$|\/\s*[가-힣A-Za-z0-9 ]{1,15}(?:\s*제공)?\s*$|(?:제공|캡처|캡쳐|갈무리|화면\s*갈무리|DB|자료사진|로고|전경|모습|연합뉴스|뉴시스|뉴스1|뉴스핌|AP|AFP|로이터|EPA)\s*[.)\]]?\s*$)/u;
const CAPTION_HEAD = /^\s*(?:▲|△|\[사진\]|사진\s*[=:]|<사진>|\(사진\)|사진\s+설명\s*[:=]?)/u;
const SENTENCE_FINAL = /(?:다|요|죠|니다|까)\s*[.?!]["'”’)]*\s*$|[.?!]["'”’)]*\s*$/u;

export type LineKind = "keep" | "drop" | "caption" | "box";

/** Removes markers and bylines that sit inside an otherwise good line. */
export function stripInlineNoise(line: string): string {
  let s = line
    .replace(/!\[[^\]]*\]\([^)]*\)\s*\|?/g, " ")
    .replace(/^\s*\d{5,}(?:\.\d+)*\.(?:jpe?g|png|gif|webp)\s*/i, "")
    .replace(/^\s*이미지\s*확대\s*/u, "")
    .replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/i, "");
  s = s.replace(BROADCAST_MARKER, " ");
  s = s.replace(/^\s*[◀◁]\s*(?:앵커|기자|리포트)\s*[▶▷]\s*/u, "");
  const byline = s.match(LEAD_BYLINE);
  if (byline && byline[0].length < s.length) s = s.slice(byline[0].length);
  const dateline = s.match(LEAD_DATELINE);
  if (dateline && dateline[0].length < s.length && /=/.test(dateline[0])) s = s.slice(dateline[0].length);
  // A trailing byline with e-mail after the last sentence: "… 밝혔다. 홍길동 기자 hong@x.com"
  s = s.replace(
    new RegExp(String.raw`([다.])\s+${NAME}\s*${ROLE}\s*[\[(<]?\s*${EMAIL}\s*[\])>]?\s*$`, "u"),
    "$1",
  );
  s = s.replace(new RegExp(String.raw`\s*[\[(<]?\s*${EMAIL}\s*[\])>]?\s*$`), (m) =>
    s.length - m.length > 20 ? "" : m,
  );
  return s.replace(/^[\s|]+|[\s|]+$/g, "").replace(/\s{2,}/g, " ");
}

/** What to do with one cleaned line. */
export function classifyLine(line: string): LineKind {
  const s = line.trim();
  if (!s) return "drop";
  if (BOX_HEADING.test(s)) return "box";
  if (/^[|\-–—_=*·.…:]+$/.test(s)) return "drop";
  if (COPYRIGHT.test(s) && s.length < 200) return "drop";
  if (TIP_LINE.test(s) && s.length < 160) return "drop";
  if (TIP_PROMPT.test(s) && s.length < 80) return "drop";
  if (HASHTAGS.test(s)) return "drop";
  if (CONTACT_LINE.test(s) && s.length < 70) return "drop";
  if (BYLINE_ONLY.test(s) || EMAIL_ONLY.test(s)) return "drop";
  if (REPORTER_HANDOFF.test(s) || (SIGN_OFF.test(s) && s.length <= 30)) return "drop";
  if (BROADCAST_ONLY.test(s)) return "drop";
  if (s.length < 80 && CREDITS_ONLY.test(s)) return "drop";
  if (PROMO.test(s) && (s.length < 60 || ARROW_PREFIX.test(s))) return "drop";
  if (
    ARROW_PREFIX.test(s) &&
    /(?:네이버|카카오|유튜브|구독|클릭|채널|앱|이벤트|뉴스레터|홈페이지|바로가기|보러\s*가기)/.test(s)
  ) {
    return "drop";
  }
  if (isDateOnlyLine(s) && s.length < 80) return "drop";
  if (/^[^>]{1,20}(?:\s+>\s+[^>]{1,20}){2,}$/.test(s)) return "drop"; // breadcrumb: 홈 > 사회 > 기사
  if (
    /^(?:입력|수정|승인|등록|기사입력|최종\s*수정|업데이트|의견|댓글|좋아요|공유|스크랩|인쇄|글씨\s*크기|가|가가|타이틀|종이신문\s*보기|기사\s*상세\s*보기|목록|이전\s*기사|다음\s*기사|닫기|\d{1,4})$/.test(
      s,
    )
  ) {
    return "drop";
  }
  if (/^(?:발행일|지면)\s*[:：]/.test(s) && s.length < 60) return "drop";
  if (isCaptionLine(s)) return "caption";
  return "keep";
}

/** A short line that describes a photo rather than telling the story. */
export function isCaptionLine(s: string): boolean {
  if (s.length > 160) return false;
  if (CAPTION_HEAD.test(s)) return true;
  if (/^\|.*\|$/.test(s)) return true;
  if (/[[(<]\s*사진\s*=/.test(s) && !endsSentence(s)) return true;
  if (!/[가-힣]/.test(s)) return false;
  if (CAPTION_TAIL.test(s)) {
    // "… 밝혔다. /뉴시스" is rare; a caption rarely ends a full sentence before the credit.
    const withoutCredit = s.replace(CAPTION_TAIL, "").trim();
    return !/(?:다|요)\s*[.]["'”’]?$/.test(withoutCredit) || withoutCredit.length < 60;
  }
  return false;
}

export function endsSentence(s: string): boolean {
  return SENTENCE_FINAL.test(s);
}
