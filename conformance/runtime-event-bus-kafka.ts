/**
 * A Kafka-flavoured event bus as a conformance cell (issue 27, ADR 0445): the event-bus pattern
 * with `protocol: "kafka"` on the on-prem target, shaped like the AMQP reference instance (a topic
 * `orders`, a publisher granted produce, a consumer granted consume in its own group, a bystander
 * granted nothing, all running the example client image). The registered reference instance stays
 * AMQP; this cell is what `test/runtime/event-bus-kafka.test.ts` runs on the real node
 * (`runConformance({ cells: [kafkaEventBusCell()], runtime: true })`), with the Kafka checks of
 * conformance/runtime-checks-event-bus-kafka.ts at level 5.
 */
import type { Construct } from "constructs";
import { App } from "../engines/cdktf/cdk";
import { synthesize } from "../engines/cdktf";
import { Workload } from "../constructs/workload";
import type { Stage } from "../core/profile";
import { EventBusStack } from "../patterns/event-bus";
import { REFERENCE_CLIENTS } from "../patterns/event-bus/register";
import { targets } from "../providers";
import { KAFKA_CHECK_TOPIC } from "./runtime-checks-event-bus-kafka";
import { RUNTIME_TARGET_PROPS, type CellSpec } from "./sources";

/** The cell's id in the report (the pattern's AMQP cell is `event-bus/onprem`). */
export const KAFKA_CELL_ID = "event-bus/onprem/kafka";

/** The example client image of the event-bus reference instance (a stand-in carries amqp-tools and kcat). */
const CLIENT_IMAGE = "registry.example.de/stackwerk/hello-events:1.0.0";

/** The Kafka event bus in `scope`: one topic, a producer, a consumer, a bystander. */
export function kafkaEventBus(scope: Construct, id: string, stage: Stage): EventBusStack {
  const bus = new EventBusStack(scope, id, {
    target: targets.onprem(RUNTIME_TARGET_PROPS.onprem),
    stage,
    protocol: "kafka",
    topics: [{ name: KAFKA_CHECK_TOPIC }],
  });
  const workload = (name: string) =>
    new Workload(bus.platformStack as unknown as Construct, name, { namespace: bus.namespace, name, image: CLIENT_IMAGE, size: bus.size, replicas: 1 });
  bus.grantPublish(workload(REFERENCE_CLIENTS.granted[0]), { topic: KAFKA_CHECK_TOPIC });
  bus.grantConsume(workload(REFERENCE_CLIENTS.granted[1]), { topics: [KAFKA_CHECK_TOPIC], group: "billing" });
  workload(REFERENCE_CLIENTS.bystander);
  return bus;
}

/** The cell: level 1 synthesises `kafkaEventBus` for the on-prem target of the real node. */
export function kafkaEventBusCell(stage: Stage = "test"): CellSpec {
  // The reference instance's name: the pattern's level-5 smoke checks find the clients' egress policies
  // by it (`<client>-allow-to-<pattern>-<target>-bus`, conformance/pattern-smoke.ts).
  const instance = "event-bus-onprem";
  return {
    id: KAFKA_CELL_ID,
    pattern: "event-bus",
    target: "onprem",
    stage,
    source: "registry",
    instance,
    synth: (outdir) => {
      const app = new App({ outdir, skipValidation: false });
      kafkaEventBus(app, instance, stage);
      return synthesize(app).map((s) => ({ name: s.name, role: s.role, dir: s.dir, file: s.file }));
    },
  };
}
