# await-deployment.sh: the one wait for WildFly to deploy the product, shared by ./run, the
# install test and both benchmarks. Source it from sh or bash:
#
#   await_deployment DEPLOYMENTS SECONDS   wait until DEPLOYMENTS/adhoc-support.ear is
#                                          deployed (status 0); when it failed, print why, and
#                                          after SECONDS without either, say so (status 1)
#
# WildFly's deployment scanner marks the outcome with a file beside the EAR (.deployed or
# .failed), so no port has to be polled.

await_deployment() {
    await_marker="$1/adhoc-support.ear"
    await_waited=0
    while [ "$await_waited" -lt "$2" ]; do
        if [ -f "$await_marker.deployed" ]; then
            return 0
        fi
        if [ -f "$await_marker.failed" ]; then
            echo "The application failed to deploy:" >&2
            cat "$await_marker.failed" >&2
            return 1
        fi
        sleep 1
        await_waited=$((await_waited + 1))
    done
    echo "WildFly did not deploy the application in $2 s" >&2
    return 1
}
