/**
 * OpenTofu's side of the CIDR guard (core/validation/cidr.ts): a condition for variables given at
 * plan (`TF_VAR_admin_cidrs`, `<service>_cidr`) that accepts IPv4 CIDRs only, no prefix /0, and no
 * set of ranges covering every address. Two CIDRs are disjoint or nested, so the union's size is
 * the sum over the ranges no other range contains; it must stay below 2^32.
 */

/** The HCL condition (without `${ }`) for the list expression `list` of CIDR strings. */
export function notTheInternetCondition(list: string): string {
  const bits = (c: string) => `tonumber(split("/", ${c})[1])`;
  const normal = `[for c in ${list} : cidrsubnet(c, 0, 0)]`;
  // d contains c when d's prefix is not longer and c's network, cut to d's prefix, is d.
  const contains = (d: string, c: string) => `(${bits(d)} <= ${bits(c)} && cidrsubnet(format("%s/%d", cidrhost(${c}, 0), ${bits(d)}), 0, 0) == ${d})`;
  const maximal = `[for c in distinct(${normal}) : c if !anytrue([for d in distinct(${normal}) : d != c && ${contains("d", "c")}])]`;
  const wellFormed = `alltrue([for c in ${list} : can(regex("^[0-9]{1,3}(\\\\.[0-9]{1,3}){3}/[0-9]{1,2}$", c)) && can(cidrhost(c, 0))])`;
  const noZeroPrefix = `alltrue([for c in ${list} : ${bits("c")} > 0])`;
  const notEverything = `sum(concat([0], [for c in ${maximal} : pow(2, 32 - ${bits("c")})])) < pow(2, 32)`;
  return `try(${wellFormed} && ${noZeroPrefix} && ${notEverything}, false)`;
}
