/**
 * Stand-in of the Kafka image the event-bus pattern runs on-prem with `protocol: "kafka"` (issue 27,
 * ADR 0445): the catalogue's release, Apache Kafka 3.9.0 (`apache/kafka:3.9.0`), from Maven Central
 * (org.apache.kafka:kafka_2.13, kafka-tools and kafka-storage 3.9.0 with their runtime dependencies,
 * resolved by Debian's `mvn` and checked against a pinned digest of every jar) on Debian 12's
 * OpenJDK 17 JRE, laid out like the upstream image: jars in /opt/kafka/libs, uid 1000 (appuser),
 * `/etc/kafka/docker/run` as the pattern's command runs it. The run script and the /opt/kafka/bin
 * scripts are Stackwerk's own short shell scripts (the upstream ones are not in Maven artifacts);
 * the environment → server.properties conversion and the storage format are Kafka's own code
 * (`kafka.docker.KafkaDockerWrapper setup`, in kafka_2.13-3.9.0.jar), as in the upstream image.
 *
 * The Kafka client of the example app is Debian's kcat 1.7.1 on librdkafka 2.0.2 (SASL_SSL with
 * PLAIN and a client certificate), added to the hello-events stand-in.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { IMAGE_CATALOGUE } from "../../core/images/catalogue";
import { buildAtomically, cacheRoot, isComplete, progress, run, sha256File, versionKey, withBuildLock } from "../cache";
import { JAVA_HOME, JRE_BASE_DEBS } from "./app-images";
import type { DebianPackage } from "./images";
import type { StandInSpec } from "./stand-ins";
import { BUSYBOX_DEB, LOCAL_REGISTRY } from "./test-images";

const deb = (name: string, version: string): DebianPackage => ({ name, version });

/** The catalogue's Kafka release (`apache/kafka:3.9.0`). */
export const KAFKA_STAND_IN_VERSION = IMAGE_CATALOGUE.kafka.tag;

/** Maven artifacts whose runtime closure is the broker and its tools (`org.apache.kafka:<id>:3.9.0`). */
export const KAFKA_ARTIFACTS = ["kafka_2.13", "kafka-tools", "kafka-storage"] as const;

/**
 * sha256 over the sorted lines `<jar> <sha256 of the jar>` of the resolved closure (105 jars,
 * 56 MB): a different resolution (another dependency version) fails the build instead of
 * silently changing the stand-in.
 */
export const KAFKA_LIBS_DIGEST = "sha256:a384c2137e16cbc7298d950994f117df97193ea7eb75b77e5d990ecfb6359c12";

/** Where the upstream image keeps Kafka. */
export const KAFKA_HOME = "/opt/kafka";

/** busybox applets of the stand-in's scripts and the pattern's broker command (`sh -c`, cat, mkdir). */
const KAFKA_APPLETS = ["sh", "cat", "dirname", "echo", "env", "grep", "id", "ls", "mkdir", "rm", "sed", "sleep", "tr"];

/** The digest line format of `KAFKA_LIBS_DIGEST` for the jars in `dir`. */
export function kafkaLibsDigest(dir: string): string {
  const lines = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".jar"))
    .sort()
    .map((f) => `${f} ${sha256File(path.join(dir, f)).replace(/^sha256:/, "")}\n`);
  return `sha256:${createHash("sha256").update(lines.join("")).digest("hex")}`;
}

/** The pom whose runtime dependencies are the Kafka closure. */
function kafkaPom(): string {
  const deps = KAFKA_ARTIFACTS.map(
    (a) => `<dependency><groupId>org.apache.kafka</groupId><artifactId>${a}</artifactId><version>${KAFKA_STAND_IN_VERSION}</version></dependency>`,
  ).join("");
  return `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>dev.stackwerk.stand-in</groupId><artifactId>kafka</artifactId><version>${KAFKA_STAND_IN_VERSION}</version><packaging>pom</packaging><dependencies>${deps}</dependencies></project>\n`;
}

/** Resolves (once, cached under `<cache>/stand-ins/`) the jars of Kafka 3.9.0 and returns their folder. */
export async function kafkaLibs(): Promise<string> {
  const dir = path.join(
    cacheRoot(),
    "stand-ins",
    `kafka-libs-${versionKey({ version: KAFKA_STAND_IN_VERSION, artifacts: KAFKA_ARTIFACTS.join(","), digest: KAFKA_LIBS_DIGEST })}`,
  );
  const libs = path.join(dir, "libs");
  if (isComplete(dir) && fs.existsSync(libs)) return libs;
  await withBuildLock(dir, "kafka-libs", async () => {
    if (isComplete(dir) && fs.existsSync(libs)) return;
    await buildAtomically(dir, async (tmp) => {
      progress(`kafka stand-in: mvn dependency:copy-dependencies org.apache.kafka:{${KAFKA_ARTIFACTS.join(",")}}:${KAFKA_STAND_IN_VERSION}`);
      fs.writeFileSync(path.join(tmp, "pom.xml"), kafkaPom());
      const args = [
        "-B",
        "-q",
        "-f",
        path.join(tmp, "pom.xml"),
        "dependency:copy-dependencies",
        "-DincludeScope=runtime",
        `-DoutputDirectory=${path.join(tmp, "libs")}`,
      ];
      const r = await run("mvn", args, { check: false });
      if (r.code !== 0) throw new Error(`kafka stand-in: mvn ${args.join(" ")} failed:\n${(r.stdout + r.stderr).trim().slice(-2000)}`);
      const digest = kafkaLibsDigest(path.join(tmp, "libs"));
      if (digest !== KAFKA_LIBS_DIGEST) throw new Error(`kafka stand-in: the resolved jars digest to ${digest}, not the pinned ${KAFKA_LIBS_DIGEST}`);
      fs.rmSync(path.join(tmp, "pom.xml"));
    });
  });
  return libs;
}

/** `kafka-run-class.sh <class> args…`: the JVM on every jar of /opt/kafka/libs (heap, log4j and extra options from the environment as upstream's). */
export const KAFKA_RUN_CLASS = `#!/bin/sh
# Stackwerk stand-in of kafka-run-class.sh: runs one Kafka class on the JRE with /opt/kafka/libs.
cls="$1"; shift
exec java \${KAFKA_HEAP_OPTS:--Xmx256M} -XX:+UseG1GC -XX:-UsePerfData -Djava.awt.headless=true \\
  \${KAFKA_LOG4J_OPTS:--Dlog4j.configuration=file:${KAFKA_HOME}/config/tools-log4j.properties} \${KAFKA_OPTS:-} \\
  -cp "${KAFKA_HOME}/libs/*" "$cls" "$@"
`;

/** The /opt/kafka/bin commands the pattern's broker and admin Job call, and the classes they run (Kafka 3.9's). */
export const KAFKA_COMMANDS: Readonly<Record<string, string>> = {
  "kafka-server-start.sh": "kafka.Kafka",
  "kafka-storage.sh": "kafka.tools.StorageTool",
  "kafka-topics.sh": "org.apache.kafka.tools.TopicCommand",
  "kafka-configs.sh": "kafka.admin.ConfigCommand",
  "kafka-acls.sh": "kafka.admin.AclCommand",
};

/** One /opt/kafka/bin command (the broker's logs to its config's log4j.properties, the tools' to tools-log4j). */
function kafkaCommand(script: string, cls: string): string {
  const log4j = script === "kafka-server-start.sh" ? `${KAFKA_HOME}/config/log4j.properties` : `${KAFKA_HOME}/config/tools-log4j.properties`;
  const heap = script === "kafka-server-start.sh" ? "-Xmx1G -Xms1G" : "-Xmx256M";
  return `#!/bin/sh
# Stackwerk stand-in of ${script} (${cls}).
export KAFKA_HEAP_OPTS="\${KAFKA_HEAP_OPTS:-${heap}}" KAFKA_LOG4J_OPTS="\${KAFKA_LOG4J_OPTS:--Dlog4j.configuration=file:${log4j}}"
exec ${KAFKA_HOME}/bin/kafka-run-class.sh ${cls} "$@"
`;
}

/**
 * `/etc/kafka/docker/run`, the command the pattern's broker container execs: Kafka's own
 * `KafkaDockerWrapper setup` writes server.properties from the KAFKA_* environment (and
 * log4j.properties from the defaults here) into /opt/kafka/config and formats the log folder with
 * CLUSTER_ID, then the broker starts, as the upstream image's run → configure → launch does.
 */
export const KAFKA_DOCKER_RUN = `#!/bin/sh
set -eu
echo "===> kafka stand-in: $(id)"
echo "===> Configuring (kafka.docker.KafkaDockerWrapper setup) ..."
# /opt/kafka/config is the pattern's empty volume until this step fills it: the step logs with the defaults' tools-log4j.
KAFKA_LOG4J_OPTS=-Dlog4j.configuration=file:/etc/kafka/docker/tools-log4j.properties ${KAFKA_HOME}/bin/kafka-run-class.sh kafka.docker.KafkaDockerWrapper setup \\
  --default-configs-dir /etc/kafka/docker --mounted-configs-dir /mnt/shared/config --final-configs-dir ${KAFKA_HOME}/config
echo "===> Launching ..."
exec ${KAFKA_HOME}/bin/kafka-server-start.sh ${KAFKA_HOME}/config/server.properties
`;

/** log4j 1 (reload4j) configuration of the broker and the tools: everything on the console. */
export const KAFKA_LOG4J = `log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
`;

/** Kafka 3.9.0 from Maven Central on Debian 12's JRE 17, the upstream image's layout and user. */
export async function kafkaStandIn(): Promise<StandInSpec> {
  const libs = await kafkaLibs();
  const config = (name: string, content: string) => [
    { path: `/etc/kafka/docker/${name}`, content },
    { path: `${KAFKA_HOME}/config/${name}`, content },
  ];
  return {
    key: "kafka",
    version: KAFKA_STAND_IN_VERSION,
    extraInputs: [...KAFKA_ARTIFACTS.map((a) => `maven:org.apache.kafka:${a}:${KAFKA_STAND_IN_VERSION} (runtime closure ${KAFKA_LIBS_DIGEST})`)],
    note:
      "the same Kafka release from Maven Central's jars (the broker, tools and storage with their runtime dependencies) in /opt/kafka/libs, uid 1000 like the upstream image; " +
      "/etc/kafka/docker/run and the /opt/kafka/bin scripts are Stackwerk's shell scripts calling Kafka's own classes (KafkaDockerWrapper setup, kafka.Kafka, TopicCommand, ConfigCommand, AclCommand); " +
      "the JRE is Debian 12's OpenJDK 17 (upstream: OpenJDK 21 on Alpine), so the digests differ",
    image: {
      name: `${LOCAL_REGISTRY}/kafka`,
      tag: KAFKA_STAND_IN_VERSION,
      layers: [
        {
          debs: [...JRE_BASE_DEBS, BUSYBOX_DEB],
          symlinks: Object.fromEntries(KAFKA_APPLETS.map((a) => [`/bin/${a}`, "busybox"])),
          dirs: { "/tmp": 0o1777, "/etc": 0o755, "/var/lib/kafka/data": 0o775, [`${KAFKA_HOME}/config`]: 0o755, [`${KAFKA_HOME}/logs`]: 0o775 },
          files: [
            { path: "/etc/passwd", content: "root:x:0:0:root:/root:/bin/sh\nappuser:x:1000:1000:appuser:/home/appuser:/bin/sh\n" },
            { path: "/etc/group", content: "root:x:0:\nappuser:x:1000:\n" },
            { path: "/etc/kafka/docker/run", content: KAFKA_DOCKER_RUN, mode: 0o755 },
            // Defaults KafkaDockerWrapper reads; with KAFKA_* set (the pattern sets them) server.properties comes from the environment.
            ...config("server.properties", "# stand-in: the broker's settings come from the KAFKA_* environment\n"),
            ...config("log4j.properties", KAFKA_LOG4J),
            ...config("tools-log4j.properties", KAFKA_LOG4J.replace("INFO, stdout", "WARN, stdout")),
            { path: `${KAFKA_HOME}/bin/kafka-run-class.sh`, content: KAFKA_RUN_CLASS, mode: 0o755 },
            ...Object.entries(KAFKA_COMMANDS).map(([script, cls]) => ({
              path: `${KAFKA_HOME}/bin/${script}`,
              content: kafkaCommand(script, cls),
              mode: 0o755,
            })),
          ],
        },
        { trees: [{ path: `${KAFKA_HOME}/libs`, source: libs }] },
      ],
      config: {
        user: "1000:1000",
        env: [`PATH=${KAFKA_HOME}/bin:${JAVA_HOME}/bin:/usr/bin:/bin`, `JAVA_HOME=${JAVA_HOME}`, "LANG=C.UTF-8"],
        entrypoint: ["/etc/kafka/docker/run"],
        workingDir: KAFKA_HOME,
      },
    },
  };
}

/** kcat and the libraries it loads (Debian 12): the Kafka client of the hello-events stand-in. */
export const KCAT_DEBS: readonly DebianPackage[] = [
  deb("kcat", "1.7.1-2"),
  deb("librdkafka1", "2.0.2-1"),
  deb("libyajl2", "2.1.0-3+deb12u2"),
  deb("libsasl2-2", "2.1.28+dfsg-10+deb12u1"),
  deb("libsasl2-modules-db", "2.1.28+dfsg-10+deb12u1"),
  deb("libdb5.3", "5.3.28+dfsg2-1"),
  deb("liblz4-1", "1.9.4-1"),
  deb("libzstd1", "1.5.4+dfsg2-5+deb12u1"),
];
