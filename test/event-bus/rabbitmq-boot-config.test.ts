/**
 * The in-cluster RabbitMQ's whole rabbitmq.conf against a real RabbitMQ node (Debian's 3.10):
 * regression test for the defect the runtime run found (issue 27). The pattern set
 * `load_definitions` together with `definitions.skip_if_unchanged`; the second key makes the
 * `definitions` import source, which needs `definitions.import_backend`, so the node refused to
 * boot ("definition import source is configured but definitions.import_backend is not set").
 * Only what cannot hold on 127.0.0.1 is localised: the listener, the certificate lines, the
 * peer list of pod host names and the definitions path. `default_queue_type` is a 4.x setting
 * 3.10 does not know and is dropped (the runtime stand-in does the same, ADR 0420).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, EventBusStack, targets } from "../../index";
import { DEFINITIONS_FILE } from "../../providers/shared/broker/rabbitmq";
import { RABBITMQ_4_ONLY_SETTINGS } from "../../tools/runtime/stand-ins-event-bus";
import { rabbitPasswordHash } from "../../patterns/event-bus/topology";
import { manifestsOf, synthApp } from "../support/synth";
import { ensureRabbitmq, RabbitNode, startRabbitmq } from "./support/rabbitmq";

jest.setTimeout(600_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-rabbitmq-boot-"));
let conf: string[];
let node: RabbitNode | undefined;
let bootError = "";

beforeAll(async () => {
  const out = synthApp((app: App) => {
    const bus = new EventBusStack(app, "events", { target: targets.onprem(), exchanges: [{ name: "orders", type: "topic" }] });
    void bus;
  });
  const objects = manifestsOf(out.json["events-platform"]);
  conf = (objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === "bus-config")!.data["rabbitmq.conf"] as string).split("\n");
  // The definitions as the init container leaves them (no client here, so no password hash to fill).
  const template = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === "bus-definitions")!.data["definitions.json"] as string;
  fs.writeFileSync(path.join(dir, "definitions.json"), template.replace(/@@stackwerk-password-hash:[^"]*/g, rabbitPasswordHash("unused-password-0123")));
  const localised = conf
    .filter((l) => !/^(listeners|ssl_options)\./.test(l) && !/^cluster_formation\.classic_config\.nodes\./.test(l))
    .filter((l) => !RABBITMQ_4_ONLY_SETTINGS.some((k) => l.startsWith(`${k} `)))
    .map((l) => l.replace(DEFINITIONS_FILE, path.join(dir, "definitions.json")));
  try {
    node = await startRabbitmq(ensureRabbitmq(), 120_000, {
      config: (port) => [`listeners.tcp.1 = 127.0.0.1:${port}`, "loopback_users = none", ...localised].join("\n"),
    });
  } catch (err) {
    bootError = (err as Error).message;
  }
});

afterAll(async () => {
  await node?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the rendered config names the definitions file through the local_filesystem backend", () => {
  expect(conf).toEqual(
    expect.arrayContaining([
      "definitions.import_backend = local_filesystem",
      `definitions.local.path = ${DEFINITIONS_FILE}`,
      "definitions.skip_if_unchanged = true",
    ]),
  );
  expect(conf.some((l) => l.startsWith("load_definitions"))).toBe(false);
});

test("RabbitMQ boots with the rendered config and imports the definitions at boot", async () => {
  expect(bootError).toBe("");
  const vhosts = await node!.ctl(["list_vhosts", "--silent"]);
  const vhost = vhosts
    .split("\n")
    .map((v) => v.trim())
    .find((v) => v && v !== "/");
  expect(vhost).toBeDefined();
  expect(await node!.ctl(["list_exchanges", "-p", vhost!, "--silent", "name", "type"])).toMatch(/^orders\s+topic$/m);
});
