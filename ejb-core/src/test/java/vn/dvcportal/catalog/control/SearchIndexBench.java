package vn.dvcportal.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import vn.dvcportal.text.control.TextFolding;

/**
 * Measures index build time and query latency on the national procedure list. Not a unit test:
 * timings on a shared build machine are too noisy to assert on.
 *
 * <p>Run after {@code mvn -pl ejb-core test-compile} with the test class path, for example
 * {@code java -cp target/classes:target/test-classes:<jakarta.json-api and parsson jars>
 * vn.dvcportal.catalog.control.SearchIndexBench [path/to/tthc_national_2381.jsonl.gz]}.
 * Without an argument the file is looked up in the directory named by the system property
 * {@code dvc.shared.data}, else in {@code ../shared/data} beside the repository.
 */
public final class SearchIndexBench {

    private static final String FILE = "tthc_national_2381.jsonl.gz";
    private static final int QUERIES = 5000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 3;
    private static final int BUILDS = 10;

    private SearchIndexBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Paths.get(args[0]) : locate();
        if (!Files.isRegularFile(file)) {
            System.err.println("Procedure data not found at " + file.toAbsolutePath()
                    + "; pass its path or set -Ddvc.shared.data=<directory>.");
            System.exit(2);
        }
        List<SearchDocument> documents = load(file);
        System.out.printf(Locale.ROOT, "Loaded %d procedures from %s%n", documents.size(), file);

        long coldStart = System.nanoTime();
        CatalogSearchIndex index = new CatalogSearchIndex(documents);
        long coldNanos = System.nanoTime() - coldStart;
        long[] builds = new long[BUILDS];
        for (int i = 0; i < BUILDS; i++) {
            long start = System.nanoTime();
            index = new CatalogSearchIndex(documents);
            builds[i] = System.nanoTime() - start;
        }
        Arrays.sort(builds);
        System.out.printf(Locale.ROOT, "Build: first %.1f ms, median of next %d %.1f ms%n",
                coldNanos / 1e6, BUILDS, builds[BUILDS / 2] / 1e6);

        List<Probe> probes = probes(documents, new Random(20250701L));
        long sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Probe probe : probes) {
                sink += index.search(probe.query).total();
            }
        }

        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        long hits = 0;
        long empty = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (Probe probe : probes) {
                long start = System.nanoTime();
                SearchResult result = index.search(probe.query);
                long nanos = System.nanoTime() - start;
                all.add(nanos);
                byKind.computeIfAbsent(probe.kind, k -> new ArrayList<>()).add(nanos);
                if (round == 0) {
                    hits += result.total();
                    empty += result.total() == 0 ? 1 : 0;
                }
                sink += result.hits().size();
            }
        }
        System.out.printf(Locale.ROOT, "%d queries x %d rounds; mean %.1f matches per query,"
                + " %d queries with no match%n", probes.size(), MEASURED_ROUNDS,
                (double) hits / probes.size(), empty);
        System.out.printf(Locale.ROOT, "%-14s %7s %9s %9s %9s %9s%n", "kind", "count", "p50 us",
                "p90 us", "p99 us", "max us");
        print("all", all);
        for (Map.Entry<String, List<Long>> entry : byKind.entrySet()) {
            print(entry.getKey(), entry.getValue());
        }
        // Printed so that the JIT cannot drop the searches as dead code.
        System.out.println("checksum " + sink);
    }

    private static void print(String kind, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-14s %7d %9.1f %9.1f %9.1f %9.1f%n", kind,
                sorted.length, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted[sorted.length - 1] / 1e3);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e3;
    }

    private static Path locate() {
        String property = System.getProperty("dvc.shared.data");
        if (property != null && !property.isBlank()) {
            return Paths.get(property, FILE);
        }
        Path dir = Paths.get("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d.resolve("../shared/data").resolve(FILE).normalize();
            }
        }
        return dir.resolve("../shared/data").resolve(FILE).normalize();
    }

    private static List<SearchDocument> load(Path file) throws IOException {
        JsonReaderFactory readers = Json.createReaderFactory(Map.of());
        Map<String, Long> fields = new LinkedHashMap<>();
        List<SearchDocument> documents = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject row;
                try (JsonReader reader = readers.createReader(new StringReader(line))) {
                    row = reader.readObject();
                }
                String field = TextFolding.nfc(row.getString("linh_vuc", ""));
                long fieldId = fields.computeIfAbsent(field, f -> (long) fields.size() + 1);
                documents.add(new SearchDocument(documents.size() + 1L,
                        row.getString("ma_thu_tuc", ""),
                        TextFolding.nfc(row.getString("ten_thu_tuc", "")), fieldId, Set.of(),
                        Set.of(), Set.of(), Set.of(), field));
            }
        }
        return documents;
    }

    /** A query and the kind of user behaviour it imitates. */
    private record Probe(String kind, SearchQuery query) {
    }

    /**
     * Queries shaped like real ones: a few consecutive words of an existing name, typed in
     * various ways, plus codes and a field filter now and then.
     */
    private static List<Probe> probes(List<SearchDocument> documents, Random random) {
        List<Probe> probes = new ArrayList<>(QUERIES);
        while (probes.size() < QUERIES) {
            SearchDocument doc = documents.get(random.nextInt(documents.size()));
            String[] words = doc.name().split("\\s+");
            int length = Math.min(words.length, 1 + random.nextInt(4));
            int from = random.nextInt(words.length - length + 1);
            String phrase = String.join(" ", Arrays.copyOfRange(words, from, from + length))
                    .toLowerCase(Locale.ROOT);
            int dice = random.nextInt(100);
            if (dice < 25) {
                probes.add(probe("diacritics", phrase));
            } else if (dice < 40) {
                probes.add(probe("plain ascii", TextFolding.fold(phrase)));
            } else if (dice < 48) {
                probes.add(probe("nfd upper", Normalizer.normalize(
                        phrase.toUpperCase(Locale.ROOT), Normalizer.Form.NFD)));
            } else if (dice < 63) {
                probes.add(probe("typing", cutLastWord(TextFolding.fold(phrase), random)));
            } else if (dice < 75) {
                probes.add(probe("typo", typo(TextFolding.fold(phrase), random)));
            } else if (dice < 85) {
                String code = doc.code();
                boolean exact = random.nextBoolean() || code.length() < 5;
                probes.add(probe(exact ? "code" : "code prefix",
                        exact ? code : code.substring(0, 3 + random.nextInt(code.length() - 4))));
            } else if (dice < 95) {
                probes.add(new Probe("with field", new SearchQuery(TextFolding.fold(phrase),
                        doc.fieldId(), null, null, null, null, 0, 20)));
            } else {
                probes.add(new Probe("field list", new SearchQuery("", doc.fieldId(), null,
                        null, null, null, random.nextInt(2), 20)));
            }
        }
        return probes;
    }

    private static Probe probe(String kind, String text) {
        return new Probe(kind, SearchQuery.of(text));
    }

    private static String cutLastWord(String folded, Random random) {
        int space = folded.lastIndexOf(' ');
        String last = folded.substring(space + 1);
        int keep = 1 + random.nextInt(Math.max(1, last.length()));
        return folded.substring(0, space + 1) + last.substring(0, Math.min(keep, last.length()));
    }

    /** Applies one random edit to one word of four or more letters, if there is one. */
    private static String typo(String folded, Random random) {
        String[] words = folded.split(" ");
        List<Integer> long4 = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 4) {
                long4.add(i);
            }
        }
        if (long4.isEmpty()) {
            return folded;
        }
        int which = long4.get(random.nextInt(long4.size()));
        StringBuilder word = new StringBuilder(words[which]);
        int at = 1 + random.nextInt(word.length() - 2);
        switch (random.nextInt(4)) {
            case 0 -> word.setCharAt(at, (char) ('a' + random.nextInt(26)));
            case 1 -> word.deleteCharAt(at);
            case 2 -> word.insert(at, (char) ('a' + random.nextInt(26)));
            default -> {
                char c = word.charAt(at);
                word.setCharAt(at, word.charAt(at + 1));
                word.setCharAt(at + 1, c);
            }
        }
        words[which] = word.toString();
        return String.join(" ", words);
    }
}
