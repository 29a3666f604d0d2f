/**
 * On-prem upgrade tests, shard 2 of 2 (test/upgrade/onprem-suite.ts says what they prove): the
 * registered patterns are split over two files so Jest's two workers apply them in parallel.
 */
import { defineOnpremUpgradeTests } from "./onprem-suite";

defineOnpremUpgradeTests({ index: 1, of: 2 });
