/**
 * terraform-provider-ionoscloud, built from its release source archive (ADR 0013): the lock file
 * records the archive, the provider resolves offline at the pinned version, and IONOS stacks pass
 * `tofu validate` with the real provider; a misspelled attribute fails with the schema's message.
 */
import { TerraformStack } from "cdktf";
import { IONOS_EPHEMERAL_RESOURCES } from "../../tools/bindings/ionos";
import {
  dataIonoscloudK8SCluster,
  datacenter,
  ephemeral,
  k8SCluster,
  kafkaClusterTopic,
  lan,
  provider as ionosProvider,
} from "../../providers/ionos/generated";
import { ensureToolchain, readLock, Toolchain } from "../../tools/toolchain";
import { pin } from "../../tools/toolchain/pins";
import { cleanup, initAndValidate, misspell, output, synthStack, TfJson } from "./helpers";

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

const ionosStack = (): TfJson =>
  synthStack((stack) => {
    new ionosProvider.IonoscloudProvider(stack, "ionos", {});
    const dc = new datacenter.Datacenter(stack, "dc", { name: "stackwerk", location: "de/fra", secAuthProtection: false });
    const net = new lan.Lan(stack, "lan", { datacenterId: dc.id, name: "private", public: false });
    const cluster = new k8SCluster.K8SCluster(stack, "k8s", { name: "stackwerk", apiSubnetAllowList: ["203.0.113.0/24"] });
    new dataIonoscloudK8SCluster.DataIonoscloudK8SCluster(stack, "kube", { id: cluster.id });
    new kafkaClusterTopic.KafkaClusterTopic(stack, "topic", { clusterId: "00000000-0000-0000-0000-000000000000", name: "events", location: "de/fra" });
    void net;
  });

test("the toolchain built ionoscloud from the pinned source archive and recorded it in the lock file", () => {
  const p = pin("ionoscloud");
  expect(tc.providers.ionoscloud).toMatchObject({ source: "registry.opentofu.org/ionos-cloud/ionoscloud", version: p.upstream, available: true });
  const entry = readLock(tc).tools.find((t) => t.name === "ionoscloud")!;
  expect(entry.archive).toMatchObject({ treeHash: p.sourceArchive!.treeHash, commit: p.sourceArchive!.commit, url: p.sourceArchive!.url });
  expect(entry.archive!.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(entry.archive!.file.endsWith(p.sourceArchive!.file)).toBe(true);
  expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
});

test("an IONOS stack passes tofu init offline and tofu validate with the real provider", async () => {
  const check = await initAndValidate(tc, ionosStack());
  try {
    if (check.init.code !== 0) throw new Error(`tofu init failed:\n${output(check.init)}`);
    expect(check.init.stdout).toContain(`Installed ionos-cloud/ionoscloud v${pin("ionoscloud").upstream}`);
    if (check.validate!.code !== 0) throw new Error(`tofu validate failed:\n${output(check.validate)}`);
    expect(check.validate!.stdout).toContain("Success! The configuration is valid.");
  } finally {
    cleanup(check);
  }
});

test("the same IONOS stack with one misspelled attribute fails validate with the provider's message", async () => {
  const check = await initAndValidate(tc, misspell(ionosStack(), ["resource", "ionoscloud_lan", "lan"], "datacenter_id", "datacenter_idd"));
  try {
    if (check.init.code !== 0) throw new Error(`tofu init failed:\n${output(check.init)}`);
    expect(check.validate!.code).toBe(1);
    const stderr = check.validate!.stderr.replace(/\s+/g, " "); // OpenTofu wraps long diagnostics
    expect(stderr).toContain("Error: Extraneous JSON object property");
    expect(stderr).toContain('No argument or block type is named "datacenter_idd". Did you mean "datacenter_id"?');
  } finally {
    cleanup(check);
  }
});

test("the generated ephemeral binding renders an ephemeral block the real provider validates", async () => {
  expect(IONOS_EPHEMERAL_RESOURCES).toContain("ionoscloud_kafka_user_credentials");
  const json = synthStack((stack) => {
    new ionosProvider.IonoscloudProvider(stack, "ionos", {});
    const creds = new ephemeral.EphemeralKafkaUserCredentials(TerraformStack.of(stack), "client", {
      clusterId: "00000000-0000-0000-0000-000000000000",
      username: "orders",
      location: "de/fra",
    });
    expect(creds.privateKey).toBe("${ephemeral.ionoscloud_kafka_user_credentials.client.private_key}");
  });
  expect(Object.keys(json.ephemeral.ionoscloud_kafka_user_credentials)).toEqual(["client"]);
  const check = await initAndValidate(tc, json);
  try {
    if (check.init.code !== 0) throw new Error(`tofu init failed:\n${output(check.init)}`);
    if (check.validate!.code !== 0) throw new Error(`tofu validate failed:\n${output(check.validate)}`);
    expect(check.validate!.stdout).toContain("Success! The configuration is valid.");
  } finally {
    cleanup(check);
  }
});
