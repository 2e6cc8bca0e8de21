package tw.smartdesk.loadtests;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The applications the run filed, with the citizen (index in the token pool) who filed each: what status reads ask for. */
final class FiledApplications {

    /** More than any run files in the read scenarios' reach; keeps memory bounded. */
    private static final int LIMIT = 500_000;

    private final List<String> ids = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();
    private final BitSet filers = new BitSet();
    private final List<Integer> filerList = new ArrayList<>();

    synchronized void add(String id, int owner) {
        if (ids.size() < LIMIT) {
            ids.add(id);
            owners.add(owner);
        }
        if (!filers.get(owner)) {
            filers.set(owner);
            filerList.add(owner);
        }
    }

    synchronized int size() {
        return ids.size();
    }

    /** A random filed application: its id and its owner's index. */
    synchronized Filed any() {
        if (ids.isEmpty()) {
            throw new BenchmarkException("No application was filed: the status reads have nothing to read");
        }
        int i = ThreadLocalRandom.current().nextInt(ids.size());
        return new Filed(ids.get(i), owners.get(i));
    }

    /** A random citizen who filed at least once. */
    synchronized int anyFiler() {
        if (filerList.isEmpty()) {
            throw new BenchmarkException("No application was filed: the status reads have nothing to read");
        }
        return filerList.get(ThreadLocalRandom.current().nextInt(filerList.size()));
    }

    record Filed(String id, int owner) {
    }
}
