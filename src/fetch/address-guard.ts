// Refuses connections to loopback, private, link-local and other non-public addresses. The check runs
// inside the socket's DNS lookup (and on IP literals just before connecting), so the address checked is
// the address connected to: a DNS answer that changes between check and connect cannot slip through.
import dns from "node:dns";
import net from "node:net";
import { Agent, buildConnector } from "undici";

const blockedV4 = new net.BlockList();
for (const [prefix, bits] of [
  ["0.0.0.0", 8], // unspecified / "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blockedV4.addSubnet(prefix, bits, "ipv4");
}

const blockedV6 = new net.BlockList();
for (const [prefix, bits] of [
  ["::", 128], // unspecified
  ["::1", 128],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // deprecated site-local
  ["ff00::", 8], // multicast
] as const) {
  blockedV6.addSubnet(prefix, bits, "ipv6");
}

/** Expands an IPv6 address (with :: and an optional dotted-quad tail) to 16 bytes, or null if malformed. */
function ipv6Bytes(address: string): number[] | null {
  let text = address.split("%")[0] ?? "";
  const bytes: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let tail: number[] = [];
  if (dotted?.[1]) {
    if (net.isIPv4(dotted[1]) === false) return null;
    tail = dotted[1].split(".").map(Number);
    text = `${text.slice(0, -dotted[1].length)}0:0`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string | undefined) =>
    part ? part.split(":").map((group) => Number.parseInt(group, 16)) : [];
  const head = parse(halves[0]);
  const rest = parse(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...rest];
  for (const group of groups) {
    if (!Number.isInteger(group) || group < 0 || group > 0xffff) return null;
    bytes.push(group >> 8, group & 0xff);
  }
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** The IPv4 address embedded in an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
function embeddedIpv4(address: string): string | null {
  const b = ipv6Bytes(address);
  if (!b) return null;
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const quad = (at: number) => b.slice(at, at + 4).join(".");
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return quad(12); // ::ffff:a.b.c.d
  if (zeros(0, 12) && !(b[12] === 0 && b[13] === 0)) return quad(12); // ::a.b.c.d (deprecated)
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return quad(12); // 64:ff9b::/96
  if (b[0] === 0x20 && b[1] === 0x02) return quad(2); // 2002::/16 6to4
  return null;
}

/** True for addresses a news fetcher must never connect to unless explicitly allowed. */
export function isPrivateAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, "");
  const family = net.isIP(plain);
  if (family === 4) return blockedV4.check(plain, "ipv4");
  if (family !== 6) return false;
  const embedded = embeddedIpv4(plain);
  if (embedded && blockedV4.check(embedded, "ipv4")) return true;
  return blockedV6.check(plain.split("%")[0] ?? plain, "ipv6");
}

export class PrivateAddressError extends Error {
  readonly code = "JANGAE_PRIVATE_ADDRESS";
  constructor(readonly address: string) {
    super(`refused private address ${address}`);
    this.name = "PrivateAddressError";
  }
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/** A dns.lookup replacement for net.connect that fails when any resolved address is non-public. */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused) return callback(new PrivateAddressError(refused.address), []);
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first)
      return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}

export interface AgentOptions {
  allowPrivate: boolean;
  connectTimeoutMs: number;
}

/**
 * An undici Agent whose every connection (first request, redirect hop, retry) passes the address guard.
 * With allowPrivate the same connector is used, minus the checks, so tests exercise the production path.
 */
export function createGuardedAgent({ allowPrivate, connectTimeoutMs }: AgentOptions): Agent {
  const connector = buildConnector({
    timeout: connectTimeoutMs,
    ...(allowPrivate ? {} : { lookup: guardedLookup }),
  } as buildConnector.BuildOptions);
  return new Agent({
    connect(options, callback) {
      const literal = options.hostname.replace(/^\[|\]$/g, "");
      if (!allowPrivate && net.isIP(literal) && isPrivateAddress(literal)) {
        callback(new PrivateAddressError(literal), null);
        return;
      }
      connector(options, callback);
    },
  });
}
