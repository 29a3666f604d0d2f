/**
 * Files of tools/, conformance/, cli/, deploy/ and bench/ still over the 400-line limit
 * (docs/architecture.md, "No grab-bags"), exempt from `max-lines` until they are split along their
 * seams. The list only shrinks: test/lint/layers.test.ts fails when a listed file is gone or no
 * longer over the limit, and on any file other than these. conformance/cell.ts,
 * tools/cluster/index.ts and tools/runtime/node.ts were split (issue 22); deploy/run.ts (589 lines,
 * one 460-line runDeployment) came under the rule with cli/ and deploy/ and is the one left.
 */
module.exports = ["deploy/run.ts"];
