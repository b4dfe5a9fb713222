import { describe, expect, it } from "vitest";
import { guardedLookup, isPrivateAddress, PrivateAddressError } from "../../src/fetch/address-guard.js";

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.10.10",
    "169.254.169.254",
    "100.64.0.1",
    "100.127.255.255",
    "224.0.0.251",
    "0.0.0.0",
    "255.255.255.255",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1%eth0",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "64:ff9b::a9fe:a9fe",
    "2002:c0a8:0101::1",
    "[::1]",
  ])("refuses %s", (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1",
    "172.15.255.255",
    "100.128.0.1",
    "192.169.0.1",
    "223.130.200.104",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "2002:0808:0808::1",
    "not an address",
  ])("allows %s", (address) => expect(isPrivateAddress(address)).toBe(false));
});

describe("guardedLookup", () => {
  it("fails with PrivateAddressError when a name resolves to loopback", async () => {
    const error = await new Promise<unknown>((resolve) =>
      guardedLookup("localhost", {}, (err) => resolve(err)),
    );
    expect(error).toBeInstanceOf(PrivateAddressError);
    expect((error as Error).message).toMatch(/^refused private address (127\.0\.0\.1|::1)$/);
  });

  it("passes DNS errors through", async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      guardedLookup("no-such-host.invalid", {}, (err) => resolve(err)),
    );
    expect(error?.code).toMatch(/^E/);
    expect(error).not.toBeInstanceOf(PrivateAddressError);
  });
});
