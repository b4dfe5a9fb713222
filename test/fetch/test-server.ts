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
