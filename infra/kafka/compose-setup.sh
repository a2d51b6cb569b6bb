#!/bin/sh
# docker compose's kafka-setup: creates the platform's topics and ACLs on the compose broker as
# admin, from the one list of grants (acls.txt), as ./platform up's launcher does (KafkaAcls,
# KafkaComponent.afterHealthy). ComposeConsistencyTest runs this script against stand-ins of the
# Kafka tools and checks that it asks for exactly the launcher's topics and ACLs.
#
#   BOOTSTRAP   the broker (kafka:29092)          PARTITIONS  per topic (6, as ./platform up)
#   ACLS        the grants file                  ADMIN_CONFIG  the admin's client properties
#   KAFKA_BIN   the Kafka tools (/opt/kafka/bin)
set -eu
BIN=${KAFKA_BIN:-/opt/kafka/bin}
YEAR_MS=31536000000
DEAD_LETTER_MS=7776000000

grants() {
    sed 's/#.*//' "$ACLS" | while read -r principal grant name rest; do
        if [ -z "$principal" ]; then
            continue
        fi
        if [ -z "$name" ] || [ -n "$rest" ]; then
            echo "a grant is <principal> write|read|subscribe|group <name>: $principal $grant $name $rest" >&2
            exit 1
        fi
        echo "$principal $grant $name"
    done
}

topic() {
    "$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --create --if-not-exists \
        --topic "$1" --partitions "$PARTITIONS" --replication-factor 1 --config "retention.ms=$2" < /dev/null
}

allow() {
    "$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --add \
        --allow-principal "User:$1" --operation "$2" "--$3" "$4" --resource-pattern-type "$5" < /dev/null
}

GRANTS=$(grants)
echo "$GRANTS" | while read -r principal grant name; do
    case "$grant" in
        write | subscribe) echo "$name" ;;
        read) echo "$name"; echo "$name.DLT" ;;
    esac
done | sort -u | while read -r name; do
    case "$name" in
        *.DLT) topic "$name" "$DEAD_LETTER_MS" ;;
        *) topic "$name" "$YEAR_MS" ;;
    esac
done

echo "$GRANTS" | while read -r principal grant name; do
    case "$grant" in
        write) allow "$principal" Write topic "$name" literal ;;
        read) allow "$principal" Read topic "$name" literal; allow "$principal" Write topic "$name.DLT" literal ;;
        subscribe) allow "$principal" Read topic "$name" literal ;;
        group)
            case "$name" in
                *'*') allow "$principal" Read group "${name%\*}" prefixed ;;
                *) allow "$principal" Read group "$name" literal ;;
            esac ;;
        *) echo "unknown grant $grant (write, read, subscribe or group)" >&2; exit 1 ;;
    esac
done
echo "topics and ACLs of $ACLS created"
