package lcs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the machine and the JVM look like, and memory readings from {@code /proc} and the JVM. */
final class Machine {
    private Machine() {}

    /** One line for the top of every report: date, cores, memory, JDK, heap limit, load. */
    static String describe() {
        return String.format(
                Locale.ROOT,
                "%s  nproc=%d  mem=%s  jdk=%s (%s)  max-heap=%s  load=%s",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(),
                memTotal(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                mb(Runtime.getRuntime().maxMemory()),
                loadAverage());
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Resident set size of a process in bytes, from {@code /proc/PID/status}; -1 if unknown. */
    static long rss(long pid) {
        return statusBytes(Path.of("/proc/" + pid + "/status"), "VmRSS:");
    }

    /**
     * VmRSS with its two parts: anonymous memory (heap, metaspace, code, stacks: the process's own)
     * and file-backed pages (mostly the memory-mapped index, which the kernel can drop and reread).
     */
    static String rssBreakdown(long pid) {
        Path status = Path.of("/proc/" + pid + "/status");
        return String.format(
                Locale.ROOT,
                "RSS %s (anonymous %s + file-backed %s)",
                mb(statusBytes(status, "VmRSS:")),
                mb(statusBytes(status, "RssAnon:")),
                mb(statusBytes(status, "RssFile:")));
    }

    static String rssBreakdownSelf() {
        return rssBreakdown(ProcessHandle.current().pid());
    }

    /** Heap in use by live objects: a full GC first, then the heap's usage. */
    static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time used by this JVM so far, all threads, in nanoseconds; -1 if the JVM cannot tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU time of another process from {@code /proc/PID/stat} (user + system), in nanoseconds; -1 if unknown. */
    static long processCpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
            return ticks * (1_000_000_000L / CLOCK_TICKS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** USER_HZ, the unit of /proc/PID/stat times: 100 on every mainstream Linux build. */
    private static final long CLOCK_TICKS = 100;

    static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

    private static String memTotal() {
        long bytes = statusBytes(Path.of("/proc/meminfo"), "MemTotal:");
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }

    private static long statusBytes(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).strip().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }
}
