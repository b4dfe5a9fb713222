#!/usr/bin/env node
// npm run bench:ingest — the real `jangae ingest` over 5,000 generated Korean outage articles served by
// 200 local hosts (127.0.0.1 … 127.0.0.200: all of 127/8 is loopback on Linux), each with a robots.txt
// and 20–120 ms of latency. Default CLI politeness (concurrency 16, 2 per host, 1 s per host). Prints
// pages/s, the CLI's peak RSS and the highest per-host concurrency the servers saw.
// BENCH_PAGES and BENCH_HOSTS shrink the run (e.g. BENCH_PAGES=500 BENCH_HOSTS=20 for a smoke test);
// BENCH_DELAY=0 drops the per-host gap, so the per-host cap of 2 is what holds the servers back.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PAGES = Number(process.env.BENCH_PAGES ?? 5000);
const HOSTS = Number(process.env.BENCH_HOSTS ?? 200);
const DELAY = process.env.BENCH_DELAY; // unset: the CLI's default
const DISALLOWED_EVERY = 100; // every 100th URL sits under /private/, which robots.txt disallows
if (!(Number.isInteger(PAGES) && PAGES > 0 && Number.isInteger(HOSTS) && HOSTS > 0 && HOSTS <= 254)) {
  console.error("BENCH_PAGES must be a positive integer and BENCH_HOSTS between 1 and 254");
  process.exit(2);
}

// ---- generated articles (our own text; facts made up) ----------------------------------------------

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPERATORS = [
  ["카카오", ["카카오톡", "카카오페이", "카카오T"]],
  ["네이버", ["네이버 메일", "네이버페이", "네이버 지도"]],
  ["KT", ["유선 인터넷", "IPTV", "인터넷 전화"]],
  ["SK텔레콤", ["이동통신 데이터", "음성 통화", "T맵"]],
  ["LG유플러스", ["인터넷 서비스", "U+tv", "모바일 데이터"]],
  ["토스", ["토스 송금", "토스증권 주문"]],
  ["쿠팡", ["쿠팡 앱 결제", "쿠팡이츠 주문"]],
  ["신한은행", ["신한 쏠 모바일뱅킹", "인터넷뱅킹"]],
  ["KB국민은행", ["KB스타뱅킹", "체크카드 결제"]],
  ["행정안전부", ["정부24", "모바일 신분증"]],
  ["한국철도공사", ["코레일톡 예매", "승차권 발권"]],
  ["업비트", ["가상자산 거래", "원화 입출금"]],
];
const CAUSES = [
  ["데이터센터 화재", "fire"],
  ["라우팅 설정 오류", "config"],
  ["접속 폭주로 인한 서버 과부하", "overload"],
  ["정기 점검 뒤 배포한 프로그램 오류", "deploy"],
  ["전력 공급 장치 이상", "power"],
  ["디도스(DDoS) 공격", "ddos"],
  ["저장 장치 고장", "hardware"],
  ["인증서 갱신 누락", "certificate"],
];
const PLACES = [
  "판교",
  "안산",
  "가산",
  "목동",
  "대전",
  "광주",
  "부산",
  "세종",
  "용인",
  "춘천",
  "구로",
  "상암",
];
const SYMPTOMS = [
  "앱 첫 화면에서 더 넘어가지 않았다",
  "결제 단계에서 '일시적인 오류' 문구가 반복됐다",
  "메시지 옆에 전송 실패 표시가 붙었다",
  "로그인을 해도 곧바로 튕겨 나왔다",
  "계좌 잔액이 0원으로 표시됐다",
  "지도와 길 안내가 멈췄다",
];

const closed = (word) => {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 ? code % 28 !== 0 : "013678LMNR".includes(word.at(-1).toUpperCase());
};
const josa = (word, withFinal, without) => word + (closed(word) ? withFinal : without);
const clock = (h, m = 0) => `${h < 12 ? "오전" : "오후"} ${h <= 12 ? h : h - 12}시${m ? ` ${m}분` : ""}`;

/** One article from one of four templates: first report, recovery, cause found, compensation. */
function article(id) {
  const r = rng(id * 7919 + 17);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const [operator, services] = pick(OPERATORS);
  const service = pick(services);
  const [cause] = pick(CAUSES);
  const place = pick(PLACES);
  const year = 2016 + Math.floor(r() * 10);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const hour = 6 + Math.floor(r() * 15);
  const minute = 5 * Math.floor(r() * 12);
  const hours = 1 + Math.floor(r() * 9);
  const end = Math.min(23, hour + hours);
  const users = (1 + Math.floor(r() * 400)) * 1000;
  const restored = 40 + Math.floor(r() * 60);
  const reporter = pick(["김하늘", "이준서", "박지우", "최민재", "정소율", "한도현"]);
  const date = `${month}월 ${day}일`;
  const templates = [
    () => ({
      title: `${service} ${hours}시간째 먹통…${operator} "원인 파악 중"`,
      body: [
        `${date} ${clock(hour, minute)}께부터 ${operator}의 ${josa(service, "이", "가")} 제대로 작동하지 않아 이용자들이 불편을 겪고 있다.`,
        `이용자들은 ${pick(SYMPTOMS)}고 호소했다. 장애 신고 집계 사이트에는 한 시간 만에 ${users.toLocaleString("en-US")}건이 넘는 신고가 몰렸다.`,
        `${josa(operator, "은", "는")} 공지를 통해 "현재 서비스 접속이 원활하지 않아 긴급 점검을 진행하고 있다"며 "정확한 원인을 파악하는 대로 알리겠다"고 밝혔다.`,
        `업계에서는 ${place} 데이터센터 쪽 문제일 가능성이 거론되지만 회사 측은 "확인된 바 없다"는 입장이다.`,
        `${josa(service, "은", "는")} 지난해에도 비슷한 장애를 겪은 바 있어 이용자들의 불만이 커지고 있다.`,
      ],
    }),
    () => ({
      title: `${service}, ${hours}시간 만에 복구…"${cause} 탓"`,
      body: [
        `${date} 발생한 ${operator} ${service} 장애가 ${hours}시간 만에 복구됐다.`,
        `${josa(operator, "은", "는")} 이날 ${clock(end)}께 "서비스가 정상화됐다"고 공지했다. 장애는 ${clock(hour, minute)}께 시작됐다.`,
        `회사 측은 ${place}에 있는 데이터센터에서 ${josa(cause, "이", "가")} 발생해 서버 일부가 멈춘 것이 원인이라고 설명했다.`,
        `복구 과정에서 전체 시스템의 ${restored}%가 먼저 살아났고, 나머지 기능은 순차적으로 재가동됐다.`,
        `한 이용자는 "${pick(SYMPTOMS)}"며 "공지가 늦어 더 답답했다"고 말했다.`,
        `${operator} 관계자는 "같은 일이 되풀이되지 않도록 이중화 설비를 점검하겠다"고 했다.`,
      ],
    }),
    () => ({
      title: `"${cause}" ${operator} 장애 원인 확인…정부, 재발 방지책 요구`,
      body: [
        `${year}년 ${date} ${service} 장애의 원인이 ${josa(cause, "으로", "로")} 확인됐다.`,
        `과학기술정보통신부는 현장 점검 결과 ${place} 센터의 ${josa(cause, "이", "가")} 서비스 중단으로 이어졌다고 발표했다.`,
        `장애는 ${clock(hour, minute)}부터 ${clock(end)}까지 약 ${hours}시간 이어졌으며, 피해 이용자는 ${users.toLocaleString("en-US")}명으로 추산됐다.`,
        `정부는 ${operator}에 한 달 안에 재발 방지 대책을 내라고 요구했다.`,
        `전문가들은 "핵심 설비가 한곳에 몰려 있으면 작은 사고도 전국 단위 장애로 번진다"고 지적했다.`,
      ],
    }),
    () => ({
      title: `${operator}, ${service} 장애 보상안 발표…"이용 요금 감면"`,
      body: [
        `${josa(operator, "이", "가")} ${date} 일어난 ${service} 장애에 대한 보상안을 내놨다.`,
        `회사는 장애가 ${hours}시간 넘게 이어진 점을 고려해 피해 이용자에게 한 달 이용 요금의 일부를 감면하기로 했다.`,
        `당시 장애는 ${clock(hour, minute)}께 ${place} 데이터센터의 ${josa(cause, "으로", "로")} 시작돼 ${clock(end)}께 복구됐다.`,
        `소상공인 단체는 "결제가 막힌 시간 동안의 영업 손실은 보상안에 빠졌다"며 반발했다.`,
        `${josa(operator, "은", "는")} 별도 신고 창구를 열어 추가 피해 사례를 받겠다고 밝혔다.`,
      ],
    }),
  ];
  const { title, body } = pick(templates)();
  const published = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T${String(end).padStart(2, "0")}:30:00+09:00`;
  return { title, body, published, reporter, operator };
}

const NAV = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">섹션 ${i + 1}</a></li>`).join(
  "",
);
const TRACKING = `<script>window.__ADS__=${JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ slot: `ad-${i}`, size: [300, 250], keys: ["it", "news", "economy"] })))};</script>`;

function pageHtml(id, outlet) {
  const a = article(id);
  const jsonLd = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    datePublished: a.published,
    author: { "@type": "Person", name: a.reporter },
    publisher: { "@type": "Organization", name: outlet },
  });
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${a.title} - ${outlet}</title>
<meta property="og:title" content="${a.title}"><meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${a.published}">
<script type="application/ld+json">${jsonLd}</script>${TRACKING}</head>
<body><header><a class="logo" href="/">${outlet}</a><nav><ul>${NAV}</ul></nav></header>
<main><article><h1>${a.title}</h1><div class="byline">${a.reporter} 기자 · 입력 ${a.published.slice(0, 16).replace("T", " ")}</div>
<div class="article-body">${a.body.map((p) => `<p>${p}</p>`).join("\n")}</div>
<p class="copyright">ⓒ ${outlet}. 무단 전재 및 재배포 금지</p></article>
<aside><h2>많이 본 뉴스</h2><ol>${[1, 2, 3, 4, 5].map((n) => `<li><a href="/news/${(id + n * 97) % PAGES}.html">${article((id + n * 97) % PAGES).title}</a></li>`).join("")}</ol></aside></main>
<footer>${outlet} · 서울특별시 · 대표전화 02-000-0000 · Copyright ${outlet}. All rights reserved.</footer></body></html>`;
}

// ---- servers ---------------------------------------------------------------------------------------

const current = new Map();
const peakByHost = new Map();
let requests = 0;
let privateRequests = 0;

function handler(req, res) {
  const host = req.headers.host ?? "";
  requests++;
  const now = (current.get(host) ?? 0) + 1;
  current.set(host, now);
  if (now > (peakByHost.get(host) ?? 0)) peakByHost.set(host, now);
  res.on("close", () => current.set(host, current.get(host) - 1));
  const path = new URL(req.url ?? "/", "http://x").pathname;
  if (path === "/robots.txt") {
    res.writeHead(200, { "content-type": "text/plain" });
    return res.end("User-agent: *\nDisallow: /private/\n");
  }
  if (path.startsWith("/private/")) privateRequests++;
  const match = /^\/(?:news|private)\/(\d+)\.html$/.exec(path);
  if (!match) {
    res.writeHead(404, { "content-type": "text/plain" });
    return res.end("not found");
  }
  const id = Number(match[1]);
  const latency = 20 + Math.floor(rng(id)() * 100);
  setTimeout(() => {
    const body = Buffer.from(pageHtml(id, `뉴스${(id % 7) + 1}`));
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    res.end(body);
  }, latency);
}

async function listen(ip) {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, ip, resolve);
  });
  return { server, origin: `http://${ip}:${server.address().port}` };
}

// ---- run -------------------------------------------------------------------------------------------

function peakRssFromProc(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function main() {
  const servers = [];
  for (let n = 1; n <= HOSTS; n++) servers.push(await listen(`127.0.0.${n}`));
  const urls = Array.from({ length: PAGES }, (_, id) => {
    const dirName = id % DISALLOWED_EVERY === DISALLOWED_EVERY - 1 ? "private" : "news";
    return `${servers[id % HOSTS].origin}/${dirName}/${id}.html`;
  });
  const dir = mkdtempSync(join(tmpdir(), "jangae-bench-ingest-"));
  const list = join(dir, "urls.txt");
  const db = join(dir, "bench.db");
  writeFileSync(list, `${urls.join("\n")}\n`);

  const cli = [join(ROOT, "bin", "jangae.js"), "ingest", "--from", list, "--db", db, "--allow-private"];
  if (DELAY !== undefined) cli.push("--delay", DELAY);
  const timeV = existsSync("/usr/bin/time");
  const [cmd, args] = timeV ? ["/usr/bin/time", ["-v", process.execPath, ...cli]] : [process.execPath, cli];
  console.log(
    `bench:ingest: ${PAGES} pages on ${HOSTS} hosts, concurrency 16, per host 2, ${DELAY ?? 1000} ms between requests to a host`,
  );
  const started = performance.now();
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk) => {
    stderr += chunk;
  });
  let polledRss = 0;
  const poll = setInterval(() => {
    // Without GNU time, follow the CLI's own high-water mark (VmHWM) while it runs.
    if (!timeV) polledRss = Math.max(polledRss, peakRssFromProc(child.pid));
  }, 100);
  const code = await new Promise((resolve) => child.on("close", resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(servers.map(({ server }) => new Promise((resolve) => server.close(resolve))));

  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peakRss = timeRss ? Number(timeRss[1]) * 1024 : polledRss;
  const store = new Database(db, { readonly: true });
  const count = (sql) => store.prepare(sql).get().n;
  const byStatus = Object.fromEntries(
    store
      .prepare("SELECT status, COUNT(*) AS n FROM sources GROUP BY status")
      .all()
      .map((r) => [r.status, r.n]),
  );
  const articles = count("SELECT COUNT(*) AS n FROM articles");
  const duplicates = count("SELECT COUNT(*) AS n FROM sources WHERE duplicate_of IS NOT NULL");
  const incidents = count("SELECT COUNT(*) AS n FROM incidents");
  const evidence = count("SELECT COUNT(*) AS n FROM evidence");
  store.close();
  rmSync(dir, { recursive: true, force: true });

  const summary = stderr
    .split("\n")
    .filter((line) => /^(ingested \d+ in|ok \d+ )/.test(line) || /^ {2}\s*\d+ {2}/.test(line));
  const peakPerHost = Math.max(0, ...peakByHost.values());
  console.log(summary.map((l) => `  cli: ${l}`).join("\n"));
  console.log(`exit code            ${code}`);
  console.log(`wall time            ${seconds.toFixed(1)} s`);
  console.log(`pages/s              ${(PAGES / seconds).toFixed(1)}`);
  console.log(
    `peak RSS (CLI)       ${(peakRss / 1048576).toFixed(0)} MiB (${timeRss ? "GNU time -v" : "/proc VmHWM, polled"})`,
  );
  console.log(`per-host max in flight (server-side) ${peakPerHost}`);
  console.log(`requests served      ${requests} (robots-disallowed pages requested: ${privateRequests})`);
  console.log(`sources              ${JSON.stringify(byStatus)}`);
  console.log(
    `articles ${articles}, near/exact duplicates ${duplicates}, incidents ${incidents}, evidence rows ${evidence}`,
  );
  const problems = [];
  if (code !== 0 && code !== 3) problems.push(`CLI exit code ${code}`);
  if (peakPerHost > 2) problems.push(`per-host concurrency ${peakPerHost} > 2`);
  if (privateRequests > 0) problems.push(`${privateRequests} robots-disallowed pages were fetched`);
  if ((byStatus.ok ?? 0) + (byStatus.skipped ?? 0) !== PAGES)
    problems.push("not every page ended ok or skipped");
  if (problems.length) {
    console.error(`bench:ingest: FAILED: ${problems.join("; ")}`);
    if (code !== 0) console.error(stderr.slice(-3000));
    process.exit(1);
  }
}

await main();
