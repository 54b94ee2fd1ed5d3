package dk.borgerstemme.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CPU time and resident memory of a process and its children, read from /proc as the kernel counts them. */
final class ProcessMeter {

    private static final double TICKS_PER_SECOND = clockTicks();

    private ProcessMeter() {
    }

    /** User plus system CPU seconds of the process and all its descendants (a service and its embedded database). */
    static double cpuSeconds(ProcessHandle process) {
        double total = ownCpuSeconds(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            total += ownCpuSeconds(child.pid());
        }
        return total;
    }

    static double ownCpuSeconds(long pid) {
        return stat(pid).map(fields -> (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND).orElse(0.0);
    }

    /** Resident set size in MB, from VmRSS; 0 when the process is gone. */
    static double rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /** The command line of a process, its arguments split. */
    static List<String> commandLine(long pid) {
        try {
            String raw = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"), StandardCharsets.UTF_8);
            List<String> arguments = new ArrayList<>();
            for (String argument : raw.split("\0")) {
                if (!argument.isEmpty()) {
                    arguments.add(argument);
                }
            }
            return arguments;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Fields after the command name in /proc/pid/stat: index 0 is the state, 11 utime, 12 stime. */
    private static Optional<String[]> stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return Optional.of(line.substring(line.lastIndexOf(')') + 2).trim().split(" "));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static double clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            getconf.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
