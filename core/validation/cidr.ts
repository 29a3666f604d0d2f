/**
 * Address ranges (CIDRs) as parsed networks, and the one guard every CIDR prop goes through:
 * a prefix of 0 in any spelling (`1.2.3.4/0`, `::/0`) and any set of ranges that together cover
 * every IPv4 or IPv6 address (`0.0.0.0/1` + `128.0.0.0/1`) is "the internet", allowed only when
 * the caller names the widening (`openToInternet`). Engine-neutral: OpenTofu's own check of the
 * same rule for variables given at plan is in providers/shared/cidr-condition.ts.
 */
import type { IConstruct } from "constructs";
import { fail } from "../errors";

/** A parsed range: version, network address (host bits cleared) and prefix length. */
export interface ParsedCidr {
  readonly version: 4 | 6;
  readonly network: bigint;
  readonly prefix: number;
}

const BITS = { 4: 32, 6: 128 } as const;

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$/.test(p))) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split("::").length > 2) return undefined;
  const gap = text.includes("::");
  const [head, tail] = gap ? text.split("::") : [text, ""];
  const groups = (s: string): string[] | undefined => {
    if (!s) return [];
    const out: string[] = [];
    const items = s.split(":");
    for (const [i, item] of items.entries()) {
      // An embedded IPv4 address (::ffff:10.0.0.1) counts as two groups.
      if (i === items.length - 1 && item.includes(".")) {
        const v4 = parseIpv4(item);
        if (v4 === undefined) return undefined;
        out.push(((v4 >> 16n) & 0xffffn).toString(16), (v4 & 0xffffn).toString(16));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(item)) out.push(item);
      else return undefined;
    }
    return out;
  };
  const h = groups(head);
  const t = groups(tail);
  if (!h || !t) return undefined;
  const missing = 8 - h.length - t.length;
  if (gap ? missing < 1 : missing !== 0) return undefined;
  return [...h, ...Array<string>(missing).fill("0"), ...t].reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** Parses `10.0.0.0/8` or `2001:db8::/32`; undefined for anything else. Host bits are cleared. */
export function parseCidr(text: unknown): ParsedCidr | undefined {
  if (typeof text !== "string") return undefined;
  const match = /^([^/]+)\/([0-9]{1,3})$/.exec(text);
  if (!match) return undefined;
  const version = match[1].includes(":") ? 6 : 4;
  const address = version === 4 ? parseIpv4(match[1]) : parseIpv6(match[1]);
  const prefix = Number(match[2]);
  if (address === undefined || prefix > BITS[version] || String(prefix) !== match[2]) return undefined;
  const hostBits = BigInt(BITS[version] - prefix);
  return { version, network: (address >> hostBits) << hostBits, prefix };
}

/** True when `inner` lies within `outer` (same version). */
function contains(outer: ParsedCidr, inner: ParsedCidr): boolean {
  if (outer.version !== inner.version || outer.prefix > inner.prefix) return false;
  const hostBits = BigInt(BITS[outer.version] - outer.prefix);
  return inner.network >> hostBits === outer.network >> hostBits;
}

/**
 * The address versions whose whole space `ranges` cover together. Two CIDRs are either disjoint or
 * nested, so the union's size is the sum over the ranges no other range contains.
 */
export function wholeSpacesCovered(ranges: readonly ParsedCidr[]): Array<4 | 6> {
  const covered: Array<4 | 6> = [];
  for (const version of [4, 6] as const) {
    const same = ranges.filter((r) => r.version === version);
    const distinct = same.filter((r, i) => same.findIndex((o) => o.network === r.network && o.prefix === r.prefix) === i);
    const maximal = distinct.filter((r) => !distinct.some((o) => o !== r && contains(o, r)));
    const size = maximal.reduce((sum, r) => sum + (1n << BigInt(BITS[version] - r.prefix)), 0n);
    if (size === 1n << BigInt(BITS[version])) covered.push(version);
  }
  return covered;
}

/** Options of requireCidrs. */
export interface CidrRule {
  /** The named widening that allows the whole address space here, e.g. `openToInternet: ["postgres"]`, for messages. */
  readonly widening: string;
  /** True when the user named that widening. */
  readonly openToInternet: boolean;
  /** IPv6 ranges allowed. @default false (IPv4 only) */
  readonly ipv6?: boolean;
}

const describeVersion = (v: 4 | 6): string => (v === 4 ? "IPv4" : "IPv6");

/**
 * Validates a list of CIDRs for `property`: a list (not one string), each a valid range, no prefix
 * 0, and not the whole address space together, unless `rule.openToInternet`. Returns the list.
 */
export function requireCidrs(scope: IConstruct | string, property: string, value: unknown, rule: CidrRule): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(scope, property, `${JSON.stringify(value)} is not a list. Allowed: a list of CIDRs such as ["203.0.113.0/24"]`);
  }
  const parsed = value.map((v, i) => requireCidrRange(scope, `${property}[${i}]`, v, rule));
  if (!rule.openToInternet) {
    const covered = wholeSpacesCovered(parsed);
    if (covered.length) {
      fail(
        scope,
        property,
        `${JSON.stringify(value)} together cover every ${covered.map(describeVersion).join(" and ")} address (the internet). Allowed: your own ranges; to open up, name it: ${rule.widening}`,
      );
    }
  }
  return value as string[];
}

/** Validates one CIDR (see requireCidrs); returns it parsed. */
export function requireCidrRange(scope: IConstruct | string, property: string, value: unknown, rule: CidrRule): ParsedCidr {
  const parsed = parseCidr(value);
  if (!parsed || (parsed.version === 6 && !rule.ipv6)) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not a valid CIDR. Allowed: an ${rule.ipv6 ? "IPv4 or IPv6" : "IPv4"} range such as 10.7.222.0/24${rule.ipv6 ? " or 2001:db8::/48" : ""}`,
    );
  }
  if (parsed.prefix === 0 && !rule.openToInternet) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} has prefix length 0: every ${describeVersion(parsed.version)} address. Allowed: your own ranges; to open up, name it: ${rule.widening}`,
    );
  }
  return parsed;
}
