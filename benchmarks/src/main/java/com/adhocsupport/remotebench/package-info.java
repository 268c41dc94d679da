/**
 * The side-by-side remote-control benchmark of issue 6 (run by benchmarks/remote-benchmark/run.sh):
 * our agent, server and viewer against x11vnc, websockify and noVNC on one Xvfb screen, with the
 * same scripted workloads. Not a test: it measures and prints a table.
 */
package com.adhocsupport.remotebench;
