package tw.smartdesk.loadtests;

import java.util.List;
import java.util.Map;

/**
 * The machine during one measured window.
 *
 * @param generatorShare the load generator's CPU time as a share of all the machine's CPUs over the window
 * @param machineBusyShare the share of all CPUs that was busy (anything: the system, the generator, other work)
 * @param interruptShare the share of all CPUs in interrupts (irq and softirq: much of it the loopback traffic)
 * @param busiestOthers the busiest processes that are neither the system nor the generator, with their shares
 * @param usage per group (each service, kafka, PostgreSQL backends, PostgreSQL server)
 */
record MachineFigures(String scenario, double seconds, int cpus, double generatorShare, double machineBusyShare,
        double interruptShare, List<String> busiestOthers, Map<String, Usage> usage) {

    /** The share of the machine above which the generator may have held the system back. */
    static final double GENERATOR_LIMIT = 0.25;

    /** The share of the machine used by anything that is neither the system, the generator nor interrupts. */
    double otherShare() {
        double system = usage.values().stream().mapToDouble(Usage::cpuCores).sum() / cpus;
        return machineBusyShare - system - generatorShare - (Double.isNaN(interruptShare) ? 0 : interruptShare);
    }

    boolean generatorTooBusy() {
        return generatorShare > GENERATOR_LIMIT;
    }

    /**
     * @param cpuCores CPU time over wall time (1.0 = one core busy all the window)
     * @param maxRssMb the largest resident memory seen (the group's processes added up)
     * @param peakHwmMb the largest VmHWM at the end: a process's peak resident memory since it started
     */
    record Usage(double cpuCores, double maxRssMb, double peakHwmMb) {
    }
}
