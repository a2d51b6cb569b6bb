package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Runs docker compose's kafka-setup script (infra/kafka/compose-setup.sh) without Docker or a
 * broker: against stand-ins of kafka-topics.sh and kafka-acls.sh that record what they are asked.
 */
final class KafkaSetupScript {

    /** What the script asked for: each topic with its retention, each ACL as a grant rule. */
    record Requests(Map<String, Long> topicRetentions, List<KafkaAcls.Rule> acls) {
    }

    static Requests run(Path script, Path acls, Path bin, String bootstrap, int partitions) throws Exception {
        Path log = bin.resolve("calls.log");
        for (String tool : List.of("kafka-topics.sh", "kafka-acls.sh")) {
            Path standIn = bin.resolve(tool);
            Files.writeString(standIn, "#!/bin/sh\necho \"" + tool + " $*\" >> " + log + "\n");
            assertThat(standIn.toFile().setExecutable(true)).isTrue();
        }
        ProcessBuilder run = new ProcessBuilder("sh", script.toString()).redirectErrorStream(true);
        run.environment().putAll(Map.of("KAFKA_BIN", bin.toString(), "BOOTSTRAP", bootstrap, "PARTITIONS",
                String.valueOf(partitions), "ACLS", acls.toString(), "ADMIN_CONFIG", "/zhucan/admin.properties"));
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        return parse(Files.readAllLines(log), bootstrap, partitions);
    }

    private static Requests parse(List<String> calls, String bootstrap, int partitions) {
        Map<String, Long> topics = new HashMap<>();
        List<KafkaAcls.Rule> rules = new ArrayList<>();
        for (String call : calls) {
            List<String> args = List.of(call.split(" "));
            assertThat(after(args, "--bootstrap-server")).isEqualTo(bootstrap);
            assertThat(after(args, "--command-config")).as("as admin").isEqualTo("/zhucan/admin.properties");
            if (args.getFirst().equals("kafka-topics.sh")) {
                assertThat(args).contains("--create", "--if-not-exists");
                assertThat(after(args, "--partitions")).isEqualTo(String.valueOf(partitions));
                topics.put(after(args, "--topic"), Long.parseLong(after(args, "--config").replace("retention.ms=", "")));
            } else {
                assertThat(args).contains("--add");
                boolean group = args.contains("--group");
                rules.add(new KafkaAcls.Rule(after(args, "--allow-principal").substring("User:".length()),
                        group ? ResourceType.GROUP : ResourceType.TOPIC, after(args, group ? "--group" : "--topic"),
                        PatternType.valueOf(after(args, "--resource-pattern-type").toUpperCase(Locale.ROOT)),
                        after(args, "--operation")));
            }
        }
        return new Requests(topics, rules);
    }

    private static String after(List<String> args, String option) {
        assertThat(args).as("an argument of " + option).contains(option);
        return args.get(args.indexOf(option) + 1);
    }

    private KafkaSetupScript() {
    }
}
