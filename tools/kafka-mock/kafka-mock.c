/*
 * kafka-mock: a Kafka-protocol broker for development and tests on machines
 * without Docker, built on librdkafka's in-memory mock cluster.
 *
 *   kafka-mock [--partitions N] [--brokers N] [--ignore-stdin] [topic ...]
 *
 * Creates every topic named on the command line (kafkajs admin.createTopics
 * is not supported by the mock), prints exactly one line
 * "BOOTSTRAP=<host:port,...>" on stdout, then serves until SIGTERM/SIGINT or
 * until stdin reaches EOF, so a spawned child dies with its parent.
 *
 * While running it reads commands on stdin, one per line, and answers each
 * with one line ("OK ..." or "ERR ..."):
 *   create <topic> <partitions>   create a topic (idempotent if it exists)
 *   down <broker-id|-1>           disconnect broker(s) (fault tests)
 *   up <broker-id|-1>             let broker(s) accept connections again
 * Topics a client asks for with auto-creation allowed are created by the mock
 * itself, so explicit creation is only needed for a chosen partition count.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

static volatile sig_atomic_t stop_requested = 0;

static void on_signal(int sig) {
        (void)sig;
        stop_requested = 1;
}

static void reply(const char *fmt, const char *a, const char *b) {
        printf(fmt, a, b);
        fflush(stdout);
}

static void handle_command(rd_kafka_mock_cluster_t *mc, char *line) {
        char cmd[32], arg[256];
        int num = 0;
        int n = sscanf(line, "%31s %255s %d", cmd, arg, &num);
        if (n < 2) {
                reply("ERR %s%s\n", "unparsable command", "");
                return;
        }
        if (!strcmp(cmd, "create")) {
                rd_kafka_resp_err_t err =
                    rd_kafka_mock_topic_create(mc, arg, n == 3 ? num : 1, 1);
                /* Creating an existing topic is fine: callers want it to exist. */
                if (err && err != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
                        reply("ERR create %s %s\n", arg, rd_kafka_err2str(err));
                else
                        reply("OK create %s%s\n", arg, "");
        } else if (!strcmp(cmd, "down") || !strcmp(cmd, "up")) {
                int32_t id = (int32_t)atoi(arg);
                rd_kafka_resp_err_t err = cmd[0] == 'd'
                                              ? rd_kafka_mock_broker_set_down(mc, id)
                                              : rd_kafka_mock_broker_set_up(mc, id);
                if (err)
                        reply("ERR %s %s\n", cmd, rd_kafka_err2str(err));
                else
                        reply("OK %s %s\n", cmd, arg);
        } else {
                reply("ERR unknown command %s%s\n", cmd, "");
        }
}

int main(int argc, char **argv) {
        int partitions = 1, brokers = 1, watch_stdin = 1, i;
        char errstr[512];

        for (i = 1; i < argc && !strncmp(argv[i], "--", 2); i++) {
                if (!strcmp(argv[i], "--partitions") && i + 1 < argc)
                        partitions = atoi(argv[++i]);
                else if (!strcmp(argv[i], "--brokers") && i + 1 < argc)
                        brokers = atoi(argv[++i]);
                else if (!strcmp(argv[i], "--ignore-stdin"))
                        watch_stdin = 0;
                else {
                        fprintf(stderr, "usage: %s [--partitions N] [--brokers N] "
                                        "[--ignore-stdin] [topic ...]\n", argv[0]);
                        return 2;
                }
        }
        if (partitions < 1 || brokers < 1) {
                fprintf(stderr, "kafka-mock: partitions and brokers must be >= 1\n");
                return 2;
        }

        /* The mock cluster lives inside an rd_kafka_t; a producer is the cheapest. */
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof(errstr));
        rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
        if (!rk) {
                fprintf(stderr, "kafka-mock: rd_kafka_new: %s\n", errstr);
                return 1;
        }
        rd_kafka_mock_cluster_t *mc = rd_kafka_mock_cluster_new(rk, brokers);
        if (!mc) {
                fprintf(stderr, "kafka-mock: could not create mock cluster\n");
                rd_kafka_destroy(rk);
                return 1;
        }

        for (; i < argc; i++) {
                rd_kafka_resp_err_t err =
                    rd_kafka_mock_topic_create(mc, argv[i], partitions, 1);
                if (err && err != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS) {
                        fprintf(stderr, "kafka-mock: create %s: %s\n", argv[i],
                                rd_kafka_err2str(err));
                        return 1;
                }
        }

        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_signal; /* no SA_RESTART: poll() must return EINTR */
        sigaction(SIGTERM, &sa, NULL);
        sigaction(SIGINT, &sa, NULL);
        signal(SIGPIPE, SIG_IGN); /* a vanished parent must not kill us mid-reply */

        printf("BOOTSTRAP=%s\n", rd_kafka_mock_cluster_bootstraps(mc));
        fflush(stdout);

        char line[512];
        size_t len = 0;
        while (!stop_requested) {
                struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
                int r = poll(&pfd, watch_stdin ? 1 : 0, 1000);
                if (r < 0 && errno != EINTR)
                        break;
                if (r <= 0 || !watch_stdin)
                        continue;
                char c;
                ssize_t got = read(STDIN_FILENO, &c, 1);
                if (got <= 0) /* EOF or error: our parent has gone */
                        break;
                if (c == '\n') {
                        line[len] = '\0';
                        if (len > 0)
                                handle_command(mc, line);
                        len = 0;
                } else if (len < sizeof(line) - 1) {
                        line[len++] = c;
                }
        }

        rd_kafka_mock_cluster_destroy(mc);
        rd_kafka_destroy(rk);
        return 0;
}
