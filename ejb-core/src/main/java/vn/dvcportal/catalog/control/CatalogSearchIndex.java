package vn.dvcportal.catalog.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.text.control.TextFolding;

/**
 * In-memory full-text search over the procedure catalogue.
 *
 * <p>The catalogue holds a few thousand procedures and changes rarely, so the whole index is
 * rebuilt on change and replaced atomically; once built it is never modified, which makes it
 * safe to share between threads without locking.
 *
 * <p>Documents are numbered internally in folded-name order. Postings lists are therefore
 * sorted, ties in score fall back to name order for free, and a search without text is just a
 * walk over the filter bits.
 *
 * <p>Matching rules, all on folded text (see {@link TextFolding}): every query word must occur
 * in the name, in the extra text or as the procedure code (exact or prefix); the last word may
 * be the start of a word unless the query ends with white space; a word of at least
 * {@value #MIN_TYPO_LENGTH} letters may differ from an indexed word by one edit. Typo
 * alternatives are only tried for words that are not in the vocabulary, or for all words when
 * the exact search finds nothing, because short Vietnamese syllables have many real
 * neighbours ("sinh", "tinh", "minh") and would otherwise flood the results.
 */
public final class CatalogSearchIndex {

    private static final Logger LOG = Logger.getLogger(CatalogSearchIndex.class.getName());

    /** Shorter words have too many one-edit neighbours to be useful. */
    static final int MIN_TYPO_LENGTH = 4;

    private static final double EXACT = 1.0;
    private static final double PREFIX = 0.7;
    private static final double TYPO = 0.5;
    /** A word found only in the extra text counts for less than one found in the name. */
    private static final double EXTRA_WEIGHT = 0.6;

    /*
     * Score bands. Each band's bonuses stay below the gap to the next band, so an exact code
     * always beats a code prefix, which beats a name match, which beats an extra-text match.
     */
    private static final double BAND_CODE_EXACT = 1000;
    private static final double BAND_CODE_PREFIX = 500;
    private static final double BAND_NAME = 100;
    private static final double BONUS_QUALITY = 10;
    private static final double BONUS_ADJACENT = 8;
    private static final double BONUS_PHRASE_AT_START = 6;
    private static final double BONUS_FIRST_AT_START = 3;
    private static final double BONUS_COVERAGE = 4;
    private static final double BONUS_PARTLY_IN_NAME = 20;

    /** Scores are rounded to this many parts of one so that they sort as integers. */
    private static final long SCORE_SCALE = 1000;
    private static final long SCORE_CEILING = 1L << 30;

    private static final int[] NO_INTS = new int[0];

    private final int size;
    private final int bitWords;
    private final long[] ids;
    private final String[] codes;
    private final int[][] nameTerms;
    private final int[][] extraTerms;

    private final String[] vocabulary;
    private final int[][] namePostings;
    private final int[][] extraPostings;
    /** Each typo-capable word and its one-letter deletions, mapped to the words they came from. */
    private final Map<String, int[]> deletionNeighbours;

    private final String[] codesSorted;
    private final int[] codesSortedDocs;

    private final long[] allDocs;
    private final Map<Long, long[]> byField;
    private final Map<Long, long[]> byAgency;
    private final Map<String, long[]> byLevel;
    private final Map<String, long[]> byAudience;
    private final Map<ChannelKind, long[]> byChannel;

    /** Builds the index; {@code null} elements are skipped. */
    public CatalogSearchIndex(Collection<SearchDocument> documents) {
        long started = System.nanoTime();
        List<Folded> folded = new ArrayList<>(documents.size());
        for (SearchDocument document : documents) {
            if (document != null) {
                folded.add(new Folded(document));
            }
        }
        folded.sort(Comparator.comparing((Folded f) -> f.name)
                .thenComparing(f -> f.code)
                .thenComparingLong(f -> f.document.id()));

        size = folded.size();
        bitWords = (size + 63) >>> 6;
        ids = new long[size];
        codes = new String[size];

        HashSet<String> words = new HashSet<>();
        for (Folded f : folded) {
            words.addAll(Arrays.asList(f.nameWords));
            words.addAll(Arrays.asList(f.extraWords));
        }
        vocabulary = words.toArray(new String[0]);
        // Sorted so that all words sharing a prefix form one range of term numbers.
        Arrays.sort(vocabulary);
        Map<String, Integer> termIds = new HashMap<>(vocabulary.length * 2);
        for (int term = 0; term < vocabulary.length; term++) {
            termIds.put(vocabulary[term], term);
        }

        nameTerms = new int[size][];
        extraTerms = new int[size][];
        for (int doc = 0; doc < size; doc++) {
            Folded f = folded.get(doc);
            ids[doc] = f.document.id();
            codes[doc] = f.code;
            nameTerms[doc] = termIds(f.nameWords, termIds);
            extraTerms[doc] = distinctSorted(termIds(f.extraWords, termIds));
        }
        namePostings = invert(nameTerms, vocabulary.length);
        extraPostings = invert(extraTerms, vocabulary.length);
        deletionNeighbours = buildDeletionNeighbours(vocabulary);

        Integer[] byCode = new Integer[size];
        for (int doc = 0; doc < size; doc++) {
            byCode[doc] = doc;
        }
        Arrays.sort(byCode, Comparator.comparing((Integer doc) -> codes[doc]));
        codesSorted = new String[size];
        codesSortedDocs = new int[size];
        for (int i = 0; i < size; i++) {
            codesSortedDocs[i] = byCode[i];
            codesSorted[i] = codes[byCode[i]];
        }

        allDocs = new long[bitWords];
        for (int doc = 0; doc < size; doc++) {
            set(allDocs, doc);
        }
        Map<Long, long[]> fields = new HashMap<>();
        Map<Long, long[]> agencies = new HashMap<>();
        Map<String, long[]> levels = new HashMap<>();
        Map<String, long[]> audiences = new HashMap<>();
        Map<ChannelKind, long[]> channels = new EnumMap<>(ChannelKind.class);
        for (int doc = 0; doc < size; doc++) {
            SearchDocument d = folded.get(doc).document;
            mark(fields, d.fieldId(), doc);
            for (Long agency : d.agencyIds()) {
                mark(agencies, agency, doc);
            }
            for (String level : d.levels()) {
                mark(levels, TextFolding.fold(level), doc);
            }
            for (String audience : d.audiences()) {
                mark(audiences, TextFolding.fold(audience), doc);
            }
            for (ChannelKind channel : d.channels()) {
                mark(channels, channel, doc);
            }
        }
        byField = Map.copyOf(fields);
        byAgency = Map.copyOf(agencies);
        byLevel = Map.copyOf(levels);
        byAudience = Map.copyOf(audiences);
        byChannel = Collections.unmodifiableMap(channels);

        LOG.log(Level.FINE, "Catalogue search index: {0} procedures, {1} words, {2} ms",
                new Object[] {size, vocabulary.length, (System.nanoTime() - started) / 1_000_000});
    }

    /** How many procedures the index holds. */
    public int size() {
        return size;
    }

    /** Runs {@code query}; never fails on odd text, and returns an empty page past the end. */
    public SearchResult search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        long[] filter = filter(query);
        List<String> words = TextFolding.words(query.text());
        if (words.isEmpty()) {
            return listByName(filter, query);
        }
        boolean lastIsPrefix = !query.text().isEmpty()
                && !Character.isWhitespace(query.text().charAt(query.text().length() - 1));

        Matcher[] matchers = new Matcher[words.size()];
        boolean typoWorthTrying = false;
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = new Matcher(words.get(i), lastIsPrefix && i == matchers.length - 1);
            typoWorthTrying |= matchers[i].canAddTypos();
        }
        long[] candidates = candidates(matchers, filter);
        if (isEmpty(candidates) && typoWorthTrying) {
            for (Matcher matcher : matchers) {
                matcher.addTypos();
            }
            candidates = candidates(matchers, filter);
        }
        return rank(candidates, matchers, query);
    }

    // ---------------------------------------------------------------- query evaluation

    private long[] filter(SearchQuery query) {
        long[] bits = allDocs.clone();
        if (query.fieldId() != null) {
            and(bits, byField.get(query.fieldId()));
        }
        if (query.agencyId() != null) {
            and(bits, byAgency.get(query.agencyId()));
        }
        if (query.level() != null) {
            and(bits, byLevel.get(TextFolding.fold(query.level())));
        }
        if (query.audience() != null) {
            and(bits, byAudience.get(TextFolding.fold(query.audience())));
        }
        if (query.channel() != null) {
            and(bits, byChannel.get(query.channel()));
        }
        return bits;
    }

    private long[] candidates(Matcher[] matchers, long[] filter) {
        long[] bits = filter.clone();
        for (Matcher matcher : matchers) {
            and(bits, matcher.documents());
            if (isEmpty(bits)) {
                break;
            }
        }
        return bits;
    }

    private SearchResult listByName(long[] filter, SearchQuery query) {
        int total = cardinality(filter);
        long from = (long) query.page() * query.pageSize();
        List<SearchResult.SearchHit> hits = new ArrayList<>();
        long seen = 0;
        for (int doc = nextSetBit(filter, 0); doc >= 0 && hits.size() < query.pageSize();
                doc = nextSetBit(filter, doc + 1)) {
            if (seen++ >= from) {
                hits.add(new SearchResult.SearchHit(ids[doc], 0));
            }
        }
        return new SearchResult(hits, total, query.page(), query.pageSize());
    }

    private SearchResult rank(long[] candidates, Matcher[] matchers, SearchQuery query) {
        int total = cardinality(candidates);
        long[] keys = new long[total];
        int k = 0;
        double[] scratch = new double[matchers.length];
        for (int doc = nextSetBit(candidates, 0); doc >= 0; doc = nextSetBit(candidates, doc + 1)) {
            long scaled = Math.round(score(doc, matchers, scratch) * SCORE_SCALE);
            // Best score first, then name order, in a single primitive sort.
            keys[k++] = ((SCORE_CEILING - scaled) << 32) | doc;
        }
        Arrays.sort(keys);
        long from = (long) query.page() * query.pageSize();
        List<SearchResult.SearchHit> hits = new ArrayList<>();
        for (long i = from; i < total && hits.size() < query.pageSize(); i++) {
            long key = keys[(int) i];
            int doc = (int) key;
            double score = (double) (SCORE_CEILING - (key >>> 32)) / SCORE_SCALE;
            hits.add(new SearchResult.SearchHit(ids[doc], score));
        }
        return new SearchResult(hits, total, query.page(), query.pageSize());
    }

    /**
     * Scores one matching document. {@code nameQuality} is scratch space, one slot per query
     * word, reused across documents.
     */
    private double score(int doc, Matcher[] matchers, double[] nameQuality) {
        int[] name = nameTerms[doc];
        int words = matchers.length;
        boolean codeExact = false;
        boolean codePrefix = false;
        int inNameOrCode = 0;
        double quality = 0;
        for (int i = 0; i < words; i++) {
            Matcher matcher = matchers[i];
            double best = matcher.bestQuality(name);
            nameQuality[i] = best;
            double code = matcher.codeQuality(codes[doc]);
            codeExact |= code == EXACT;
            codePrefix |= code > 0 && code < EXACT;
            best = Math.max(best, code);
            if (best > 0) {
                inNameOrCode++;
                quality += best;
            } else {
                quality += EXTRA_WEIGHT * matcher.bestQuality(extraTerms[doc]);
            }
        }

        double score = BONUS_QUALITY * quality / words;
        if (codeExact) {
            score += BAND_CODE_EXACT;
        } else if (codePrefix) {
            score += BAND_CODE_PREFIX;
        } else if (inNameOrCode == words) {
            score += BAND_NAME;
        } else {
            score += BONUS_PARTLY_IN_NAME * inNameOrCode / words;
        }
        if (name.length == 0) {
            return score;
        }

        if (words == 1) {
            score += nameQuality[0] > 0 ? BONUS_ADJACENT : 0;
        } else {
            int adjacent = 0;
            for (int i = 0; i + 1 < words; i++) {
                if (nameQuality[i] > 0 && nameQuality[i + 1] > 0
                        && adjacentInName(name, matchers[i], matchers[i + 1])) {
                    adjacent++;
                }
            }
            score += BONUS_ADJACENT * adjacent / (words - 1);
        }

        if (matchers[0].quality(name[0]) > 0) {
            boolean phrase = words <= name.length;
            for (int i = 1; phrase && i < words; i++) {
                phrase = matchers[i].quality(name[i]) > 0;
            }
            score += phrase ? BONUS_PHRASE_AT_START : BONUS_FIRST_AT_START;
        }

        int covered = 0;
        for (int i = 0; i < words; i++) {
            covered += nameQuality[i] > 0 ? 1 : 0;
        }
        // Prefers "Đăng ký khai sinh" over a longer name that merely contains the same words.
        score += BONUS_COVERAGE * Math.min(1.0, (double) covered / name.length);
        return score;
    }

    private static boolean adjacentInName(int[] name, Matcher first, Matcher second) {
        for (int p = 0; p + 1 < name.length; p++) {
            if (first.quality(name[p]) > 0 && second.quality(name[p + 1]) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What one query word matches: its exact term, a range of terms it starts (last word only),
     * a few one-edit neighbours, and procedure codes.
     */
    private final class Matcher {

        private final String word;
        private final int exact;
        private final int prefixFrom;
        private final int prefixTo;
        private final boolean typoCapable;
        private int[] typos = NO_INTS;
        private boolean typosAdded;
        private final int codeFrom;
        private final int codeTo;
        private long[] documents;

        Matcher(String word, boolean prefix) {
            this.word = word;
            int found = Arrays.binarySearch(vocabulary, word);
            exact = found >= 0 ? found : -1;
            if (prefix) {
                prefixFrom = lowerBound(vocabulary, word);
                prefixTo = prefixEnd(vocabulary, word, prefixFrom);
            } else {
                prefixFrom = 0;
                prefixTo = 0;
            }
            typoCapable = isTypoCapable(word);
            int from = 0;
            int to = 0;
            if (isCodeLike(word)) {
                from = lowerBound(codesSorted, word);
                to = prefixEnd(codesSorted, word, from);
            }
            codeFrom = from;
            codeTo = to;
            // An unknown word with nothing to complete can only be a typo; try that at once.
            if (exact < 0 && prefixFrom == prefixTo) {
                addTypos();
            }
        }

        boolean canAddTypos() {
            return typoCapable && !typosAdded;
        }

        void addTypos() {
            if (canAddTypos()) {
                typos = typoNeighbours(word);
                documents = null;
            }
            typosAdded = true;
        }

        long[] documents() {
            if (documents == null) {
                long[] bits = new long[bitWords];
                if (exact >= 0) {
                    orPostings(bits, exact);
                }
                for (int term = prefixFrom; term < prefixTo; term++) {
                    if (term != exact) {
                        orPostings(bits, term);
                    }
                }
                for (int term : typos) {
                    orPostings(bits, term);
                }
                for (int i = codeFrom; i < codeTo; i++) {
                    set(bits, codesSortedDocs[i]);
                }
                documents = bits;
            }
            return documents;
        }

        double quality(int term) {
            if (term == exact) {
                return EXACT;
            }
            if (term >= prefixFrom && term < prefixTo) {
                return PREFIX;
            }
            if (typos.length > 0 && Arrays.binarySearch(typos, term) >= 0) {
                return TYPO;
            }
            return 0;
        }

        double bestQuality(int[] terms) {
            double best = 0;
            for (int term : terms) {
                best = Math.max(best, quality(term));
            }
            return best;
        }

        double codeQuality(String code) {
            if (codeFrom == codeTo || !code.startsWith(word)) {
                return 0;
            }
            return code.length() == word.length() ? EXACT : PREFIX;
        }
    }

    // ---------------------------------------------------------------- typo neighbours

    private int[] typoNeighbours(String word) {
        TreeSet<Integer> found = new TreeSet<>();
        collectNeighbours(word, word, found);
        for (int i = 0; i < word.length(); i++) {
            collectNeighbours(word, deleteAt(word, i), found);
        }
        int[] result = new int[found.size()];
        int i = 0;
        for (int term : found) {
            result[i++] = term;
        }
        return result;
    }

    private void collectNeighbours(String word, String key, TreeSet<Integer> found) {
        int[] terms = deletionNeighbours.get(key);
        if (terms == null) {
            return;
        }
        for (int term : terms) {
            String candidate = vocabulary[term];
            // Sharing a deletion also admits some distance-2 pairs; keep only true neighbours.
            if (!candidate.equals(word) && withinOneEdit(word, candidate)) {
                found.add(term);
            }
        }
    }

    private static Map<String, int[]> buildDeletionNeighbours(String[] vocabulary) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int term = 0; term < vocabulary.length; term++) {
            String word = vocabulary[term];
            // A word one letter shorter than the minimum can still be the fix for a typo that
            // inserted a letter.
            if (word.length() < MIN_TYPO_LENGTH - 1 || !isAllLetters(word)) {
                continue;
            }
            addNeighbour(lists, word, term);
            for (int i = 0; i < word.length(); i++) {
                addNeighbour(lists, deleteAt(word, i), term);
            }
        }
        Map<String, int[]> result = new HashMap<>(lists.size() * 2);
        for (Map.Entry<String, List<Integer>> entry : lists.entrySet()) {
            result.put(entry.getKey(),
                    entry.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        return result;
    }

    private static void addNeighbour(Map<String, List<Integer>> lists, String key, int term) {
        List<Integer> terms = lists.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (terms.isEmpty() || terms.get(terms.size() - 1) != term) {
            terms.add(term);
        }
    }

    private static String deleteAt(String word, int index) {
        return word.substring(0, index) + word.substring(index + 1);
    }

    /**
     * True when {@code a} and {@code b} differ by at most one substitution, insertion, deletion
     * or swap of two adjacent letters.
     */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la == lb) {
            int i = 0;
            while (i < la && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (i >= la - 1 || a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        String shorter = la < lb ? a : b;
        String longer = la < lb ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }

    private static boolean isTypoCapable(String word) {
        return word.length() >= MIN_TYPO_LENGTH && isAllLetters(word);
    }

    private static boolean isAllLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Codes look like 1.000771; a bare digit would select half the catalogue. */
    private static boolean isCodeLike(String word) {
        return word.length() >= 3 && Character.isDigit(word.charAt(0)) && word.indexOf('.') > 0;
    }

    // ---------------------------------------------------------------- building blocks

    private static int[] termIds(String[] words, Map<String, Integer> termIds) {
        int[] terms = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            terms[i] = termIds.get(words[i]);
        }
        return terms;
    }

    private static int[] distinctSorted(int[] terms) {
        return Arrays.stream(terms).distinct().sorted().toArray();
    }

    /** Document numbers ascend as documents are visited, so each list comes out sorted. */
    private static int[][] invert(int[][] termsByDoc, int termCount) {
        int[] counts = new int[termCount];
        int[] lastDoc = new int[termCount];
        Arrays.fill(lastDoc, -1);
        for (int doc = 0; doc < termsByDoc.length; doc++) {
            for (int term : termsByDoc[doc]) {
                if (lastDoc[term] != doc) {
                    lastDoc[term] = doc;
                    counts[term]++;
                }
            }
        }
        int[][] postings = new int[termCount][];
        for (int term = 0; term < termCount; term++) {
            postings[term] = counts[term] == 0 ? NO_INTS : new int[counts[term]];
        }
        Arrays.fill(counts, 0);
        Arrays.fill(lastDoc, -1);
        for (int doc = 0; doc < termsByDoc.length; doc++) {
            for (int term : termsByDoc[doc]) {
                if (lastDoc[term] != doc) {
                    lastDoc[term] = doc;
                    postings[term][counts[term]++] = doc;
                }
            }
        }
        return postings;
    }

    private void orPostings(long[] bits, int term) {
        for (int doc : namePostings[term]) {
            set(bits, doc);
        }
        for (int doc : extraPostings[term]) {
            set(bits, doc);
        }
    }

    private <K> void mark(Map<K, long[]> map, K key, int doc) {
        set(map.computeIfAbsent(key, k -> new long[bitWords]), doc);
    }

    private static int lowerBound(String[] sorted, String key) {
        int found = Arrays.binarySearch(sorted, key);
        if (found < 0) {
            return -found - 1;
        }
        // Codes may repeat; step back to the first equal one.
        while (found > 0 && sorted[found - 1].equals(key)) {
            found--;
        }
        return found;
    }

    private static int prefixEnd(String[] sorted, String prefix, int from) {
        int low = from;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].startsWith(prefix)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    /** A missing filter value means no document has it. */
    private static void and(long[] bits, long[] other) {
        if (other == null) {
            Arrays.fill(bits, 0);
            return;
        }
        for (int i = 0; i < bits.length; i++) {
            bits[i] &= other[i];
        }
    }

    private static boolean isEmpty(long[] bits) {
        for (long word : bits) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }

    private static int cardinality(long[] bits) {
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        return count;
    }

    private static int nextSetBit(long[] bits, int from) {
        int index = from >>> 6;
        if (index >= bits.length) {
            return -1;
        }
        long word = bits[index] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (index << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++index == bits.length) {
                return -1;
            }
            word = bits[index];
        }
    }

    /** A document with its text folded once, for building. */
    private static final class Folded {
        final SearchDocument document;
        final String name;
        final String code;
        final String[] nameWords;
        final String[] extraWords;

        Folded(SearchDocument document) {
            this.document = document;
            this.name = TextFolding.fold(document.name());
            this.code = TextFolding.fold(document.code());
            this.nameWords = split(name);
            this.extraWords = split(TextFolding.fold(document.extraText()));
        }

        private static String[] split(String folded) {
            return folded.isEmpty() ? new String[0] : folded.split(" ");
        }
    }
}
