/**
 * The RabbitMQ stand-in's entrypoint (tools/runtime/stand-ins-event-bus.ts) run by a real shell:
 * it must hand rabbitmq-server a copy of the mounted config without the 4.x-only settings 3.10
 * refuses (and say which line it dropped), keep every other line, and point the log folder at a
 * writable place. `rabbitmq-server` here is a script that prints what it was given, so no
 * RabbitMQ is started (the real node runs it: test/runtime/event-bus.test.ts).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RABBITMQ_4_ONLY_SETTINGS, RABBITMQ_ENTRYPOINT } from "../../tools/runtime/stand-ins-event-bus";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-rabbit-entrypoint-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("drops only the 4.x-only settings, says so, and starts rabbitmq-server with the copy", () => {
  const conf = path.join(dir, "rabbitmq.conf");
  fs.writeFileSync(conf, "listeners.tcp = none\ndefault_queue_type = classic\nqueue_leader_locator = balanced\n");
  fs.writeFileSync(path.join(dir, "entrypoint.sh"), RABBITMQ_ENTRYPOINT, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, "rabbitmq-server"), '#!/bin/sh\necho "config=$RABBITMQ_CONFIG_FILE logs=$RABBITMQ_LOG_BASE"\ncat "$RABBITMQ_CONFIG_FILE"\n', {
    mode: 0o755,
  });
  const r = spawnSync("sh", [path.join(dir, "entrypoint.sh")], {
    env: { PATH: `${dir}:/usr/bin:/bin`, RABBITMQ_CONFIG_FILE: conf },
    encoding: "utf8",
  });
  expect(RABBITMQ_4_ONLY_SETTINGS).toContain("default_queue_type");
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("dropped: default_queue_type = classic");
  expect(r.stdout).toContain("config=/tmp/rabbitmq.conf logs=/tmp/rabbitmq-log");
  const passed = r.stdout.split("logs=/tmp/rabbitmq-log\n")[1];
  expect(passed).toBe("listeners.tcp = none\nqueue_leader_locator = balanced\n");
});
