package vn.dvcportal.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dvcportal.catalog.control.CatalogFileReader.CatalogEntry;
import vn.dvcportal.catalog.entity.ChannelKind;

/**
 * Reads the real national catalogue end to end and prints what was parsed and what was not.
 * The files live beside the repository in {@code ../shared/data} (system property
 * {@code dvc.shared.data} overrides); the tests are skipped when they are absent.
 */
class NationalCatalogFileTest {

    private static final String NATIONAL = "tthc_national_2381.jsonl.gz";
    private static final String SAMPLE = "tthc_sample_100.jsonl";

    @Test
    void sampleFileParsesWithoutFailures() throws IOException {
        List<CatalogEntry> entries = readAll(sharedFile(SAMPLE), new ProcedureRecordParser());

        assertEquals(103, entries.size());
        assertTrue(entries.stream().allMatch(CatalogEntry::ok), () -> failures(entries));
    }

    @Test
    void nationalFileParsesCompletely() throws IOException {
        Map<String, List<String>> leftovers = new TreeMap<>();
        ProcedureRecordParser parser = new ProcedureRecordParser(
                (field, text) -> leftovers.computeIfAbsent(field, f -> new ArrayList<>())
                        .add(text));
        List<CatalogEntry> entries = readAll(sharedFile(NATIONAL), parser);
        List<ParsedProcedure> procedures = entries.stream().map(CatalogEntry::procedure)
                .filter(p -> p != null).toList();

        assertEquals(2381, entries.size());
        assertEquals(2381, procedures.size(), () -> failures(entries));
        assertEquals(2381, procedures.stream().map(ParsedProcedure::code).distinct().count());

        Statistics stats = new Statistics(procedures, leftovers);
        System.out.println(stats.report());

        for (ParsedProcedure p : procedures) {
            p.channels().forEach(c -> assertNotNull(c.kind(), p.code()));
        }
        assertTrue(stats.channelsOf(c -> true) > 6000);
        // A time cell that gives neither a number nor "no information" must stay rare.
        assertTrue(stats.phraseTimes.values().stream().mapToInt(Integer::intValue).sum() * 100
                < stats.channelsOf(c -> true), "unparsed time texts: " + stats.phraseTimes);
        leftovers.forEach((field, texts) -> assertTrue(texts.size() * 100 < 3 * 2381,
                () -> field + " has " + texts.size() + " leftovers"));
    }

    /** Counts over the whole file. */
    private static final class Statistics {

        private final List<ParsedProcedure> procedures;
        private final Map<String, List<String>> leftovers;
        private final Map<String, Integer> phraseTimes = new TreeMap<>();

        Statistics(List<ParsedProcedure> procedures, Map<String, List<String>> leftovers) {
            this.procedures = procedures;
            this.leftovers = leftovers;
            channels().filter(c -> c.timeText() != null && c.timeValue() == null)
                    .forEach(c -> phraseTimes.merge(c.timeText(), 1, Integer::sum));
        }

        private Stream<ParsedChannel> channels() {
            return procedures.stream().flatMap(p -> p.channels().stream());
        }

        private Stream<ParsedFee> fees() {
            return channels().flatMap(c -> c.fees().stream());
        }

        long channelsOf(Predicate<ParsedChannel> filter) {
            return channels().filter(filter).count();
        }

        String report() {
            StringBuilder out = new StringBuilder("National catalogue statistics\n");
            line(out, "procedures", procedures.size());
            line(out, "steps", procedures.stream().mapToLong(p -> p.steps().size()).sum());
            line(out, "channels", channelsOf(c -> true));
            Map<ChannelKind, Long> kinds = new EnumMap<>(channels().collect(
                    Collectors.groupingBy(ParsedChannel::kind, Collectors.counting())));
            line(out, "  by kind", kinds);
            line(out, "  time with value and unit",
                    channelsOf(c -> c.timeValue() != null && c.timeUnit() != null));
            line(out, "  time as a bare number (source gives no unit)",
                    channelsOf(c -> c.timeValue() != null && c.timeUnit() == null));
            line(out, "  time not stated (Không có thông tin)",
                    channelsOf(c -> c.timeText() == null));
            line(out, "  time as a phrase, unparsed", phraseTimes);
            line(out, "fees", fees().count());
            line(out, "  with amount", fees().filter(f -> f.amount() != null).count());
            line(out, "  by currency", fees().filter(f -> f.currency() != null).collect(
                    Collectors.groupingBy(ParsedFee::currency, TreeMap::new,
                            Collectors.counting())));
            line(out, "  free of charge (Miễn phí)",
                    fees().filter(f -> f.note().startsWith("Miễn phí")).count());
            line(out, "  VND amounts below 1,000 kept as published",
                    fees().filter(f -> "VND".equals(f.currency())
                            && f.amount().compareTo(BigDecimal.valueOf(1000)) < 0).count());
            line(out, "  channels without fee information",
                    channelsOf(c -> c.fees().isEmpty()));
            line(out, "documents", procedures.stream().mapToLong(p -> p.documents().size()).sum());
            line(out, "  with form template", documents(d -> d.formTemplate() != null));
            line(out, "  under a case heading", documents(d -> d.group() != null));
            line(out, "legal bases", procedures.stream().mapToLong(p -> p.legalBases().size())
                    .sum());
            line(out, "results", procedures.stream().mapToLong(p -> p.results().size()).sum());
            line(out, "  without code", procedures.stream().flatMap(p -> p.results().stream())
                    .filter(r -> r.code() == null).count());
            line(out, "service level", procedures.stream().collect(Collectors.groupingBy(
                    p -> String.valueOf(p.serviceLevel()), TreeMap::new, Collectors.counting())));
            line(out, "leftover texts per field", leftovers.entrySet().stream().collect(
                    Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(), (a, b) -> a,
                            TreeMap::new)));
            leftovers.forEach((field, texts) -> texts.stream().distinct().limit(8).forEach(
                    t -> out.append("    ").append(field).append(": ")
                            .append(abbreviate(t)).append('\n')));
            out.append("Longest values (characters)\n");
            longest(out, "agency name", p -> concat(p.competentAgencies(),
                    p.implementingAgencies(), p.coordinatingAgencies(), p.delegatedAgencies()));
            longest(out, "audience", ParsedProcedure::audiences);
            longest(out, "step title", p -> p.steps().stream().map(ParsedStep::title).toList());
            longest(out, "time text", p -> p.channels().stream().map(ParsedChannel::timeText)
                    .toList());
            longest(out, "fee note", p -> p.channels().stream()
                    .flatMap(c -> c.fees().stream()).map(ParsedFee::note).toList());
            longest(out, "document group", p -> p.documents().stream()
                    .map(ParsedDocument::group).toList());
            longest(out, "form template", p -> p.documents().stream()
                    .map(ParsedDocument::formTemplate).toList());
            longest(out, "legal title", p -> p.legalBases().stream()
                    .map(ParsedLegalBasis::title).toList());
            longest(out, "legal number", p -> p.legalBases().stream()
                    .map(ParsedLegalBasis::number).toList());
            longest(out, "result name", p -> p.results().stream().map(ParsedResult::name)
                    .toList());
            longest(out, "result code", p -> p.results().stream().map(ParsedResult::code)
                    .toList());
            return out.toString();
        }

        private long documents(Predicate<ParsedDocument> filter) {
            return procedures.stream().flatMap(p -> p.documents().stream()).filter(filter)
                    .count();
        }

        private void longest(StringBuilder out, String what,
                Function<ParsedProcedure, List<String>> values) {
            Optional<String> max = procedures.stream().flatMap(p -> values.apply(p).stream())
                    .filter(v -> v != null).max((a, b) -> Integer.compare(a.length(),
                            b.length()));
            line(out, "  " + what, max.map(String::length).orElse(0));
        }

        @SafeVarargs
        private static List<String> concat(List<String>... lists) {
            List<String> all = new ArrayList<>();
            for (List<String> list : lists) {
                all.addAll(list);
            }
            return all;
        }

        private static void line(StringBuilder out, String label, Object value) {
            out.append("  ").append(label).append(": ").append(value).append('\n');
        }

        private static String abbreviate(String text) {
            String flat = text.replace('\n', ' ');
            return flat.length() <= 120 ? flat : flat.substring(0, 120) + "…";
        }
    }

    private static List<CatalogEntry> readAll(Path file, ProcedureRecordParser parser)
            throws IOException {
        List<CatalogEntry> entries = new ArrayList<>();
        try (CatalogFileReader reader = CatalogFileReader.open(Files.newInputStream(file),
                parser)) {
            Optional<CatalogEntry> next;
            while ((next = reader.next()).isPresent()) {
                entries.add(next.get());
            }
        }
        return entries;
    }

    private static String failures(List<CatalogEntry> entries) {
        return entries.stream().filter(e -> !e.ok())
                .map(e -> "line " + e.line() + ": " + e.error())
                .collect(Collectors.joining("\n"));
    }

    /** The named shared data file; the calling test is skipped when it is absent. */
    private static Path sharedFile(String name) {
        String configured = System.getProperty("dvc.shared.data");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured).toAbsolutePath()
                : repositoryRoot().resolve("../shared/data");
        Path file = dir.resolve(name).normalize();
        assumeTrue(Files.isRegularFile(file), () -> "Skipped: real data file " + file
                + " is absent; put the shared data beside the repository or set"
                + " -Ddvc.shared.data=<dir>");
        return file;
    }

    /** The nearest directory holding {@code .git}, else the module directory's parent. */
    private static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return start.getParent() != null ? start.getParent() : start;
    }
}
