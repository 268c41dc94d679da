/**
 * The relay load benchmark (issue 6): protocol clients that stand in for agents, workers and
 * viewers against a running server, and the figures they measure. Run by
 * {@code benchmarks/relay-benchmark/relay-benchmark.sh}, never by the test suites.
 */
package com.adhocsupport.benchmark;
