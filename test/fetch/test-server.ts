// A local HTTP server that misbehaves on purpose, for the fetch tests and the ingest benchmark.
// Listens on 127.0.0.1 (random port); reach it as http://127.0.0.1:PORT or http://localhost:PORT to
// get two distinct hosts. It counts concurrent requests per Host header and logs every request.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import iconv from "iconv-lite";

/** Our own fixture article (not taken from any outlet). It contains 똠 and 뷁, which exist only in CP949. */
export const ARTICLE_TITLE = "클라우드 메신저 세 시간 먹통…데이터센터 전원 장치 이상";
export const ARTICLE_PARAGRAPHS = [
  "15일 오후 2시께 국내 한 클라우드 메신저 서비스에서 접속 장애가 발생해 이용자들이 메시지를 주고받지 못했다.",
  "운영사는 경기 지역 데이터센터의 무정전 전원 장치에 이상이 생겨 서버 일부가 멈췄다고 설명했다.",
  "장애가 이어지는 동안 일부 이용자 화면에는 '똠'이나 '뷁' 같은 낯선 글자가 깨진 채 표시됐다는 제보도 잇따랐다.",
  "서비스는 오후 5시 10분께 대부분 복구됐으며, 회사는 정확한 원인을 조사하고 있다고 밝혔다.",
];

export function articleHtml(options: { id?: string; metaCharset?: string | null } = {}): string {
  const meta =
    options.metaCharset === undefined || options.metaCharset === null
      ? ""
      : `<meta http-equiv="Content-Type" content="text/html; charset=${options.metaCharset}">`;
  const paragraphs = ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n");
  return `<!doctype html><html lang="ko"><head>${meta}<title>${ARTICLE_TITLE}</title></head>
<body><article data-id="${options.id ?? "0"}"><h1>${ARTICLE_TITLE}</h1>
${paragraphs}
</article></body></html>`;
}

/** A small deterministic PRNG (mulberry32), so /story/ID always serves the same story. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STORY_SERVICES = [
  ["카카오", "카카오톡"],
  ["네이버", "네이버 카페"],
  ["KT", "유선 인터넷"],
  ["LG유플러스", "인터넷 전화"],
  ["SK텔레콤", "모바일 데이터"],
  ["비바리퍼블리카", "토스 송금"],
  ["우아한형제들", "배달의민족 주문"],
  ["신한은행", "신한 쏠 앱"],
  ["행정안전부", "정부24"],
  ["한국철도공사", "코레일톡 예매"],
  ["쿠팡", "쿠팡이츠 결제"],
  ["케이뱅크", "케이뱅크 이체"],
] as const;
const STORY_CAUSES = [
  "데이터센터 냉각 설비 고장",
  "라우터 설정 변경 과정의 실수",
  "접속자 폭증에 따른 서버 과부하",
  "새벽 정기 점검 뒤 배포된 소프트웨어 결함",
  "변전 설비 이상으로 인한 정전",
  "외부에서 들어온 분산 서비스 거부(DDoS) 공격",
  "인증 서버 저장 장치 손상",
  "도메인 이름 시스템(DNS) 설정 오류",
] as const;
const STORY_SYMPTOMS = [
  "로그인 화면에서 더 넘어가지 않았다",
  "결제 버튼을 눌러도 오류 문구만 반복해서 떴다",
  "메시지가 보내지지 않고 전송 중 표시가 계속됐다",
  "앱을 다시 깔아도 첫 화면이 열리지 않았다",
  "주문 내역과 잔액이 비어 있는 것처럼 보였다",
] as const;
const STORY_PLACES = [
  "판교",
  "안산",
  "대전",
  "구로",
  "목동",
  "세종",
  "광주",
  "부산",
  "춘천",
  "용인",
] as const;

export interface OutageStory {
  title: string;
  published: string;
  paragraphs: string[];
}

/** Whether a word ends in a closed syllable, for 이/가, 은/는, 을/를, (으)로 (digits and letters read aloud). */
function closed(word: string): boolean {
  const last = word.at(-1) ?? "";
  const code = last.charCodeAt(0) - 0xac00;
  if (code >= 0 && code < 11172) return code % 28 !== 0;
  return "013678LMNR".includes(last.toUpperCase());
}
const josa = (word: string, withFinal: string, without: string) =>
  word + (closed(word) ? withFinal : without);

/** Our own made-up outage report for an id: operator, day, cause, numbers and wording all vary with the id. */
export function outageStory(id: number): OutageStory {
  const rand = seeded(id * 2654435761);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const [operator, service] = pick(STORY_SERVICES);
  const cause = pick(STORY_CAUSES);
  const place = pick(STORY_PLACES);
  const month = 1 + (id % 12);
  const day = 1 + Math.floor(rand() * 28);
  const year = 2018 + (id % 8);
  const hour = 8 + Math.floor(rand() * 10);
  const minute = Math.floor(rand() * 6) * 10;
  const hours = 1 + Math.floor(rand() * 5);
  const users = ((10 + Math.floor(rand() * 900)) * 100).toLocaleString("en-US");
  const complaints = (200 + Math.floor(rand() * 5000)).toLocaleString("en-US");
  const clock = (h: number) => (h < 12 ? `오전 ${h}시` : `오후 ${h === 12 ? 12 : h - 12}시`);
  const start = `${month}월 ${day}일 ${clock(hour)}${minute ? ` ${minute}분` : ""}께`;
  const end = clock(Math.min(hour + hours, 23));
  const pad = (n: number) => String(n).padStart(2, "0");
  const paragraphs = [
    pick([
      `${start} ${operator}의 ${service} 서비스가 멈춰 이용자 약 ${users}명이 불편을 겪었다.`,
      `${josa(operator, "이", "가")} 운영하는 ${service}에서 ${start} 접속 장애가 발생해 ${hours}시간 가까이 이어졌다.`,
      `${josa(service, "이", "가")} ${start}부터 먹통이 되면서 출근길과 점심시간 이용자들이 큰 혼란을 겪었다.`,
    ]),
    pick([
      `이용자들에 따르면 장애 직후부터 ${pick(STORY_SYMPTOMS)}. 일부는 ${pick(STORY_SYMPTOMS)}고 전했다.`,
      `한 이용자는 "${pick(STORY_SYMPTOMS)}"며 "고객센터 전화도 연결되지 않았다"고 말했다.`,
      `사회관계망서비스(SNS)에는 ${pick(STORY_SYMPTOMS)}는 제보가 잇따랐다.`,
    ]),
    pick([
      `${josa(operator, "은", "는")} 공지에서 "${place} 데이터센터에서 발생한 ${josa(cause, "으로", "로")} 서비스가 중단됐다"며 사과했다.`,
      `${operator} 관계자는 "${josa(cause, "이", "가")} 원인으로 파악됐다"며 "${place} 센터 설비를 모두 점검하고 있다"고 설명했다.`,
      `회사 측은 ${place}에 있는 서버실의 ${josa(cause, "을", "를")} 1차 원인으로 보고 정확한 경위를 조사 중이라고 밝혔다.`,
    ]),
    pick([
      `장애 여파는 다른 서비스로도 번졌다. ${service} 계정으로 로그인하는 외부 앱과 가맹점 결제 단말기도 한동안 제대로 작동하지 않았다.`,
      `같은 시간 ${operator} 고객센터에는 문의 전화가 몰려 대기 시간이 한 시간을 넘기기도 했다.`,
      `회사 측은 장애 초기 ${josa(cause, "을", "를")} 알아차리지 못해 대응이 늦었다고 인정했다.`,
    ]),
    pick([
      `서비스는 ${end} 무렵 대부분 정상화됐지만 일부 기능은 복구가 더 늦었다.`,
      `${josa(operator, "은", "는")} 장애 발생 ${hours}시간 만에 복구를 마쳤다고 알렸다.`,
      `복구 작업은 ${end}께 끝났고, 회사는 피해 보상 기준을 곧 내놓겠다고 했다.`,
    ]),
    pick([
      `온라인 커뮤니티에는 불편을 호소하는 글이 ${complaints}건 넘게 올라왔다.`,
      `소비자단체는 ${complaints}건의 피해 신고를 모아 집단 보상을 요구하겠다고 예고했다.`,
      `${year}년 들어 ${operator} 서비스가 멈춘 것은 이번이 처음이 아니어서 비판이 커지고 있다.`,
    ]),
    pick([
      `과학기술정보통신부는 ${operator} 관계자를 불러 ${place} 센터의 이중화 설비와 재발 방지 대책을 점검하기로 했다.`,
      `전문가들은 "핵심 설비를 한 곳에 몰아두면 ${cause} 같은 사고 하나로 전체가 멈출 수 있다"고 지적했다.`,
      `금융당국과 방송통신위원회도 이용자 피해 규모를 파악하고 있는 것으로 알려졌다.`,
    ]),
    pick([
      `업계에서는 ${service}처럼 일상과 맞닿은 서비스일수록 장애 공지를 더 빨리, 더 자세히 해야 한다는 목소리가 나온다.`,
      `${josa(operator, "은", "는")} 다음 주 중 장애 경위와 개선 계획을 담은 보고서를 홈페이지에 공개할 예정이다.`,
      `국회 과학기술정보방송통신위원회 소속 한 의원은 "반복되는 먹통 사태에 대해 청문회를 열어야 한다"고 말했다.`,
    ]),
  ];
  return {
    title: `${service} ${hours}시간 먹통…${operator} "${cause} 탓"`,
    published: `${year}-${pad(month)}-${pad(day)}T${pad(Math.min(hour + hours + 1, 23))}:15:00+09:00`,
    paragraphs,
  };
}

/** The story inside one of two outlets' page chrome; "b" also adds a wire byline and a copyright line to the body. */
export function storyHtml(id: number, layout: "a" | "b" = "a"): string {
  const story = outageStory(id);
  const body = story.paragraphs.map((p) => `<p>${p}</p>`).join("\n");
  if (layout === "b") {
    const [first, ...rest] = story.paragraphs;
    const wire = [`(서울=한빛통신) 박서연 기자 = ${first}`, ...rest].map((p) => `<p>${p}</p>`).join("\n");
    return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${story.title} - 한빛경제</title>
<meta property="article:published_time" content="${story.published}"><meta property="og:site_name" content="한빛경제"></head>
<body><div class="top"><a href="/">한빛경제</a> <a href="/it">IT·과학</a> <a href="/biz">산업</a> <a href="/login">로그인</a></div>
<main><div class="news-view"><h2 class="headline">${story.title}</h2><div class="info">입력 ${story.published.slice(0, 10)} | 수정 ${story.published.slice(0, 10)}</div>
<div id="articleBody">${wire}
<p>[한빛통신 자료사진] 박서연 기자 syeon@hanbit.example</p><p>&lt;저작권자(c) 한빛통신, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p></div></div>
<aside><h3>많이 본 뉴스</h3><ol><li><a href="/a/1">반도체 수출 석 달 연속 증가</a></li><li><a href="/a/2">주말 전국 곳곳 비 소식</a></li></ol></aside></main>
<footer>한빛경제 · 서울특별시 중구 · 등록번호 서울 아00000 · Copyright 한빛경제. All rights reserved.</footer></body></html>`;
  }
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${story.title} | 누리일보</title>
<meta property="article:published_time" content="${story.published}"><meta property="og:site_name" content="누리일보"></head>
<body><header><nav><a href="/">누리일보</a> <a href="/politics">정치</a> <a href="/economy">경제</a> <a href="/tech">테크</a></nav></header>
<article><h1>${story.title}</h1><p class="byline">이도윤 기자 · 입력 ${story.published.slice(0, 16).replace("T", " ")}</p>
${body}
</article>
<section class="related"><h2>관련 기사</h2><ul><li><a href="/r/1">통신 장애 보상 기준 손본다</a></li><li><a href="/r/2">클라우드 이중화, 어디까지 왔나</a></li></ul></section>
<footer>© 누리일보. 무단 전재 및 재배포 금지.</footer></body></html>`;
}

export interface RobotsReply {
  status?: number;
  body?: string;
  /** Delay before answering, to simulate a slow robots.txt. */
  delayMs?: number;
}

export interface RequestRecord {
  host: string;
  path: string;
  at: number;
  headers: http.IncomingHttpHeaders;
}

export interface TestServerStats {
  requests: number;
  log: RequestRecord[];
  /** Highest number of simultaneous requests seen per Host header. */
  maxConcurrentByHost: Map<string, number>;
  /** Highest number of simultaneous requests seen overall. */
  maxConcurrent: number;
  /** Requests whose path starts with the prefix. */
  count(pathPrefix: string): number;
  reset(): void;
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** The base URL under another hostname that resolves to 127.0.0.1 (default "localhost"). */
  origin(hostname?: string): string;
  stats: TestServerStats;
  /** Sets robots.txt for one Host header value ("localhost:PORT") or, without host, for every host. */
  setRobots(reply: RobotsReply | null, host?: string): void;
  close(): Promise<void>;
}

/** Deterministic bytes that are not text in any charset: NULs and C0 controls mixed with high bytes. */
export function binaryGarbage(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let seed = 0x2545f491;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[i] = i % 7 === 0 ? 0 : (seed >>> 16) & 0xff;
  }
  return bytes;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => void;

function sendHtml(
  res: http.ServerResponse,
  body: string | Buffer,
  contentType = "text/html; charset=utf-8",
): void {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(200, { "content-type": contentType, "content-length": bytes.length });
  res.end(bytes);
}

function later(ms: number, fn: () => void): void {
  if (ms > 0) setTimeout(fn, ms);
  else fn();
}

export async function startTestServer(): Promise<TestServer> {
  const hits = new Map<string, number>();
  const current = new Map<string, number>();
  const robots = new Map<string, RobotsReply>();
  const stats: TestServerStats = {
    requests: 0,
    log: [],
    maxConcurrentByHost: new Map(),
    maxConcurrent: 0,
    count: (prefix) => stats.log.filter((entry) => entry.path.startsWith(prefix)).length,
    reset() {
      stats.requests = 0;
      stats.log.length = 0;
      stats.maxConcurrentByHost.clear();
      stats.maxConcurrent = 0;
      hits.clear();
    },
  };
  let inFlight = 0;
  const hit = (key: string) => {
    const count = (hits.get(key) ?? 0) + 1;
    hits.set(key, count);
    return count;
  };

  const routes: Array<[RegExp, Handler]> = [
    [
      /^\/robots\.txt$/,
      (req, res) => {
        const reply = robots.get(req.headers.host ?? "") ?? robots.get("*");
        if (!reply) {
          res.writeHead(404, { "content-type": "text/plain" });
          res.end("not found");
          return;
        }
        later(reply.delayMs ?? 0, () => {
          res.writeHead(reply.status ?? 200, { "content-type": "text/plain; charset=utf-8" });
          res.end(reply.body ?? "");
        });
      },
    ],
    [
      // /page/ID?delay=MS&charset=cp949: the fixture article, optionally slow or in CP949 (declared by meta).
      /^\/page\//,
      (_req, res, url) => {
        const id = url.pathname.slice("/page/".length);
        const delay = Number(url.searchParams.get("delay") ?? 0);
        const cp949 = url.searchParams.get("charset") === "cp949";
        later(delay, () => {
          if (cp949)
            sendHtml(res, iconv.encode(articleHtml({ id, metaCharset: "euc-kr" }), "cp949"), "text/html");
          else sendHtml(res, articleHtml({ id, metaCharset: "utf-8" }));
        });
      },
    ],
    [
      // /story/ID?layout=a|b&delay=MS: a different made-up outage story per numeric ID, in one of two page chromes.
      /^\/story\/\d+$/,
      (_req, res, url) => {
        const id = Number(url.pathname.slice("/story/".length));
        const layout = url.searchParams.get("layout") === "b" ? "b" : "a";
        later(Number(url.searchParams.get("delay") ?? 0), () => sendHtml(res, storyHtml(id, layout)));
      },
    ],
    [
      /^\/status\/\d{3}$/,
      (_req, res, url) => {
        res.writeHead(Number(url.pathname.slice("/status/".length)), { "content-type": "text/plain" });
        res.end("status page");
      },
    ],
    [
      // /flaky/KEY?fail=N&code=503: the first N requests for KEY fail with `code`, later ones succeed.
      /^\/flaky\//,
      (_req, res, url) => {
        const count = hit(url.pathname);
        if (count <= Number(url.searchParams.get("fail") ?? 1)) {
          res.writeHead(Number(url.searchParams.get("code") ?? 503), { "content-type": "text/plain" });
          res.end("try again");
          return;
        }
        sendHtml(res, articleHtml({ id: url.pathname }));
      },
    ],
    [
      // /throttled/KEY?after=SECONDS: the first request gets 429 with Retry-After, later ones succeed.
      /^\/throttled\//,
      (_req, res, url) => {
        if (hit(url.pathname) === 1) {
          res.writeHead(429, {
            "retry-after": url.searchParams.get("after") ?? "1",
            "content-type": "text/plain",
          });
          res.end("slow down");
          return;
        }
        sendHtml(res, articleHtml({ id: url.pathname }));
      },
    ],
    [
      // /redirect/N: a chain of N redirects ending at the article.
      /^\/redirect\/\d+$/,
      (_req, res, url) => {
        const left = Number(url.pathname.slice("/redirect/".length));
        if (left === 0) return sendHtml(res, articleHtml({ id: "redirected" }));
        res.writeHead(left % 2 === 0 ? 301 : 302, { location: `/redirect/${left - 1}` });
        res.end();
      },
    ],
    [
      // /goto?to=URL&delay=MS: a redirect to any URL (another host, for cross-host politeness tests).
      /^\/goto$/,
      (_req, res, url) => {
        later(Number(url.searchParams.get("delay") ?? 0), () => {
          res.writeHead(302, { location: url.searchParams.get("to") ?? "/" });
          res.end();
        });
      },
    ],
    [
      /^\/loop\/[ab]$/,
      (_req, res, url) => {
        res.writeHead(302, { location: url.pathname.endsWith("a") ? "/loop/b" : "/loop/a" });
        res.end();
      },
    ],
    [/^\/hang$/, () => {}],
    [
      // An endless body: a chunk every few milliseconds until the client goes away.
      /^\/endless$/,
      (_req, res) => {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        const chunk = Buffer.from(`<p>${"끝없는 본문 ".repeat(200)}</p>\n`, "utf8");
        const timer = setInterval(() => res.write(chunk), 2);
        res.on("close", () => clearInterval(timer));
      },
    ],
    [
      /^\/pdf$/,
      (_req, res) => {
        const body = Buffer.from("%PDF-1.4\n% fake report\n");
        res.writeHead(200, { "content-type": "application/pdf", "content-length": body.length });
        res.end(body);
      },
    ],
    [/^\/empty$/, (_req, res) => sendHtml(res, "")],
    [/^\/garbage$/, (_req, res) => sendHtml(res, binaryGarbage(4096), "text/html")],
    [
      /^\/korean\/euc-kr-meta$/,
      (_req, res) =>
        sendHtml(res, iconv.encode(articleHtml({ metaCharset: "euc-kr" }), "cp949"), "text/html"),
    ],
    [
      /^\/korean\/cp949-header$/,
      (_req, res) =>
        sendHtml(
          res,
          iconv.encode(articleHtml({ metaCharset: null }), "cp949"),
          "text/html; charset=ks_c_5601-1987",
        ),
    ],
    [
      /^\/korean\/sniff$/,
      (_req, res) => sendHtml(res, iconv.encode(articleHtml({ metaCharset: null }), "cp949"), "text/html"),
    ],
    [
      /^\/korean\/utf8-bom$/,
      (_req, res) =>
        sendHtml(
          res,
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(articleHtml({ metaCharset: null }))]),
          "text/html",
        ),
    ],
    [
      /^\/korean\/gzip$/,
      (_req, res) => {
        const body = zlib.gzipSync(Buffer.from(articleHtml({ metaCharset: "utf-8" })));
        res.writeHead(200, {
          "content-type": "text/html",
          "content-encoding": "gzip",
          "content-length": body.length,
        });
        res.end(body);
      },
    ],
    [/^\/text$/, (_req, res) => sendHtml(res, ARTICLE_PARAGRAPHS.join("\n\n"), "text/plain; charset=utf-8")],
    [
      // ETag "v1" and a fixed Last-Modified; a matching If-None-Match or If-Modified-Since gets 304.
      /^\/conditional$/,
      (req, res) => {
        const etag = '"v1"';
        const lastModified = "Wed, 15 Oct 2025 05:00:00 GMT";
        if (req.headers["if-none-match"] === etag || req.headers["if-modified-since"] === lastModified) {
          res.writeHead(304, { etag, "last-modified": lastModified });
          res.end();
          return;
        }
        const body = Buffer.from(articleHtml({ id: "conditional", metaCharset: "utf-8" }));
        res.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          etag,
          "last-modified": lastModified,
        });
        res.end(body);
      },
    ],
  ];

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? "";
    const url = new URL(req.url ?? "/", `http://${host || "127.0.0.1"}`);
    stats.requests++;
    stats.log.push({ host, path: url.pathname + url.search, at: Date.now(), headers: req.headers });
    inFlight++;
    const hostNow = (current.get(host) ?? 0) + 1;
    current.set(host, hostNow);
    stats.maxConcurrent = Math.max(stats.maxConcurrent, inFlight);
    stats.maxConcurrentByHost.set(host, Math.max(stats.maxConcurrentByHost.get(host) ?? 0, hostNow));
    res.on("close", () => {
      inFlight--;
      current.set(host, (current.get(host) ?? 1) - 1);
    });

    const route = routes.find(([pattern]) => pattern.test(url.pathname));
    if (route) return route[1](req, res, url);
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("no such route");
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    origin: (hostname = "localhost") => `http://${hostname}:${port}`,
    stats,
    setRobots(reply, host) {
      if (reply) robots.set(host ?? "*", reply);
      else robots.delete(host ?? "*");
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
