/**
 * The in-cluster Kafka broker's environment (issue 27): the apache/kafka image writes every
 * `KAFKA_*` variable into /opt/kafka/config/server.properties (Kafka's own KafkaDockerWrapper, run
 * on the real node), so no variable carrying a Secret may start with `KAFKA_`. The old rendering
 * named the SASL passwords KAFKA_ADMIN_PASSWORD / KAFKA_CLIENT_<n>_PASSWORD, which put them in plain
 * text into that file. The JAAS config must still find each password through `${env:...}`.
 * Kafka applies `ssl.client.auth` to SSL listeners only; the pattern's client listener is SASL_SSL,
 * so the requirement must be listener-prefixed (the broker on the node warned and did not require a
 * client certificate with the broker-wide setting).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { kafkaEventBusCell } from "../../conformance/runtime-event-bus-kafka";

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

let env: EnvVar[] = [];

beforeAll(async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-kafka-env-"));
  try {
    const stacks = await kafkaEventBusCell().synth(out);
    const platform = stacks.find((s) => s.role === "platform")!;
    const text = fs.readFileSync(platform.file, "utf8");
    const broker = [...text.matchAll(/"kind": *"StatefulSet"/g)].length;
    expect(broker).toBe(1);
    const json = JSON.parse(text) as unknown;
    const find = (o: unknown): EnvVar[] | undefined => {
      if (Array.isArray(o)) return o.map(find).find(Boolean);
      if (o && typeof o === "object") {
        const r = o as Record<string, unknown>;
        if (r.kind === "StatefulSet")
          return (r.spec as { template: { spec: { containers: Array<{ env?: EnvVar[] }> } } }).template.spec.containers[0].env ?? [];
        return Object.values(r).map(find).find(Boolean);
      }
      return undefined;
    };
    env = find(json) ?? [];
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test("no KAFKA_* variable of the broker carries a Secret (the image would write it into server.properties)", () => {
  const secretVars = env.filter((e) => e.valueFrom?.secretKeyRef);
  expect(secretVars.map((e) => e.name)).toEqual(["BROKER_ADMIN_PASSWORD", "BROKER_CLIENT_0_PASSWORD", "BROKER_CLIENT_1_PASSWORD"]);
  expect(secretVars.filter((e) => e.name.startsWith("KAFKA_"))).toEqual([]);
});

test("the SASL_SSL listener requires a client certificate (listener-prefixed: the broker-wide setting applies to SSL listeners only)", () => {
  expect(env.find((e) => e.name === "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")?.value).toBe("CONTROLLER:PLAINTEXT,CLIENT:SASL_SSL");
  expect(env.find((e) => e.name === "KAFKA_LISTENER_NAME_CLIENT_SSL_CLIENT_AUTH")?.value).toBe("required");
  expect(env.find((e) => e.name === "KAFKA_SSL_CLIENT_AUTH")).toBeUndefined();
});

test("the JAAS config reads every password from its variable", () => {
  const jaas = env.find((e) => e.name === "KAFKA_LISTENER_NAME_CLIENT_PLAIN_SASL_JAAS_CONFIG")!.value!;
  // $$ is Terraform's escape of $: Kubernetes gets ${env:...}, Kafka's EnvVarConfigProvider resolves it.
  expect(jaas).toContain('username="admin" password="$${env:BROKER_ADMIN_PASSWORD}"');
  expect(jaas).toContain('user_publisher="$${env:BROKER_CLIENT_0_PASSWORD}"');
  expect(jaas).toContain('user_consumer="$${env:BROKER_CLIENT_1_PASSWORD}"');
  expect(env.find((e) => e.name === "KAFKA_CONFIG_PROVIDERS")?.value).toBe("env");
});
